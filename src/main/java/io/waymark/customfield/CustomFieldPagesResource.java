package io.waymark.customfield;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** "Your fields": an administrator adds the organisation's own fields to the client record, orders and retires them. */
@Path("/app/fields")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CustomFieldPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fields(StaffView me, List<CustomFieldView> fields, List<FieldKind> kinds,
                Map<String, String> errors, Map<String, String> values);
    }

    private static final Map<String, String> LABELS = Map.of("record", "On", "key", "Key", "label", "Label", "kind", "Takes",
            "options", "Values to choose from", "position", "Order", "version", "The field");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CustomFieldService fields;

    @Inject
    CustomFieldMapper mapper;

    @GET
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> list() {
        return RestResponse.ok(page(Map.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> define(@RestForm String key, @RestForm String label, @RestForm String kind,
            @RestForm String options, @RestForm String required, @RestForm String personal,
            @RestForm String position, @RestForm String record) {
        Map<String, String> values = new HashMap<>(Map.of("key", Forms.typed(key), "label", Forms.typed(label),
                "kind", Forms.typed(kind), "options", Forms.typed(options), "required", Forms.typed(required),
                "personal", Forms.typed(personal), "position", Forms.typed(position), "record", Forms.typed(record)));
        return Forms.act(() -> {
            CustomFieldRequest request = request(key, label, Params.enumValue(FieldKind.class, "kind", kind), options,
                    required, personal, "position", position, Params.enumValue(FieldRecord.class, "record", record));
            Forms.validate(request);
            fields.define(request.recordOrClient(), request);
        }, "/app/fields", "Field added: " + Forms.typed(label).strip(), LABELS, errors -> page(errors, values));
    }

    /** Changes a field; its form is told apart on the page by the field's id. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> change(@PathParam("id") UUID id, @RestForm String version,
            @RestForm String label, @RestForm String options, @RestForm String required, @RestForm String personal,
            @RestForm String position) {
        Map<String, String> ids = Map.of("label", "label-" + id, "options", "options-" + id, "position",
                "position-" + id);
        Map<String, String> labels = Map.of("label-" + id, "Label", "options-" + id, "Values to choose from",
                "position-" + id, "Order", "version", "The field");
        Map<String, String> values = new HashMap<>(Map.of("sent-" + id, "yes", "label-" + id, Forms.typed(label),
                "options-" + id, Forms.typed(options), "position-" + id, Forms.typed(position),
                "required-" + id, Forms.typed(required), "personal-" + id, Forms.typed(personal)));
        return Forms.act(() -> {
            CustomField field = CustomField.findExisting(id);
            CustomFieldRequest request = request(field.key, label, field.kind, options, required, personal,
                    "position-" + id, Forms.typed(position).isBlank() ? String.valueOf(field.position) : position,
                    field.record);
            Forms.validate(request, ids);
            fields.change(id, Params.version(version), request);
        }, "/app/fields", "Field saved: " + Forms.typed(label).strip(), labels, errors -> page(errors, values));
    }

    @POST
    @Path("{id}/retirement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> retire(@PathParam("id") UUID id, @RestForm String version,
            @RestForm String confirm) {
        String box = "retire-confirm-" + id;
        return Forms.act(() -> {
            Forms.confirmed(confirm, box, "retire this field");
            fields.retire(id, Params.version(version));
        }, "/app/fields", "Field retired: it is no longer asked, and records keep their values",
                Map.of(box, "Retire the field", "version", "The field"), errors -> page(errors, Map.of()));
    }

    /** A field as the form gives it: the values to choose from one to a line. */
    private static CustomFieldRequest request(String key, String label, FieldKind kind, String options,
            String required, String personal, String positionField, String position, FieldRecord record) {
        List<String> listed = options == null ? List.of()
                : Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
        Integer order = Forms.integer(positionField, position);
        return new CustomFieldRequest(key == null ? null : key.strip(), label, kind, listed, required != null,
                personal != null, order == null ? 0 : order, record);
    }

    private TemplateInstance page(Map<String, String> errors, Map<String, String> values) {
        return Templates.fields(currentStaff.view(),
                java.util.stream.Stream.of(FieldRecord.values()).flatMap(record -> fields.fields(record, true).stream())
                        .map(mapper::toView).toList(),
                List.of(FieldKind.values()), errors, values);
    }
}
