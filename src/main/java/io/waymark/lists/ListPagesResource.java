package io.waymark.lists;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * "Your lists": an administrator adds the organisation's own programmes, referral sources, client groups, closure
 * reasons and local authorities, each counted as a national value, and retires the values it no longer uses.
 */
@Path("/app/lists/{list}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ListPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(StaffView me, ListName list, List<ListName> lists,
                List<ListValueView> listValues, List<ListService.DefinitionChoice> definitions,
                Map<String, String> errors, Map<String, String> values);
    }

    private static final Map<String, String> LABELS = Map.of("code", "Code", "label", "Name", "countsAs",
            "Counted nationally as", "outcomeDefinition", "Outcome definition", "position", "Order",
            "version", "The value");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ListService lists;

    /** Every member of staff may read the lists, as the API lets them; only administrators get the forms. */
    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public RestResponse<TemplateInstance> list(@PathParam("list") String list) {
        return RestResponse.ok(page(ListResource.named(list), Map.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> define(@PathParam("list") String path, @RestForm String code,
            @RestForm String label, @RestForm String countsAs, @RestForm String outcomeDefinition,
            @RestForm String position) {
        ListName list = ListResource.named(path);
        Map<String, String> values = new HashMap<>(Map.of("code", Forms.typed(code), "label", Forms.typed(label),
                "countsAs", Forms.typed(countsAs), "outcomeDefinition", Forms.typed(outcomeDefinition),
                "position", Forms.typed(position)));
        return Forms.act(() -> {
            ListValueRequest request = request(code, label, countsAs, outcomeDefinition, "position", position);
            Forms.validate(request);
            lists.define(list, request);
        }, "/app/lists/" + list.path(), "Added: " + Forms.typed(label).strip(), LABELS,
                errors -> page(list, errors, values));
    }

    /** Changes an own value; its form is told apart on the page by the value's id. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> change(@PathParam("list") String path, @PathParam("id") UUID id,
            @RestForm String version, @RestForm String label, @RestForm String countsAs,
            @RestForm String outcomeDefinition, @RestForm String position) {
        ListName list = ListResource.named(path);
        Map<String, String> ids = Map.of("label", "label-" + id, "countsAs", "countsAs-" + id,
                "outcomeDefinition", "outcomeDefinition-" + id, "position", "position-" + id);
        Map<String, String> labels = Map.of("label-" + id, "Name", "countsAs-" + id, "Counted nationally as",
                "outcomeDefinition-" + id, "Outcome definition", "position-" + id, "Order", "version", "The value");
        Map<String, String> values = new HashMap<>(Map.of("sent-" + id, "yes", "label-" + id, Forms.typed(label),
                "countsAs-" + id, Forms.typed(countsAs), "outcomeDefinition-" + id, Forms.typed(outcomeDefinition),
                "position-" + id, Forms.typed(position)));
        return Forms.act(() -> {
            ListValue value = ListValue.findExisting(list, id);
            ListValueRequest request = request(value.code, label, countsAs, outcomeDefinition, "position-" + id,
                    Forms.typed(position).isBlank() ? String.valueOf(value.position) : position);
            Forms.validate(request, ids);
            lists.change(list, id, Params.version(version), request);
        }, "/app/lists/" + list.path(), "Saved: " + Forms.typed(label).strip(), labels,
                errors -> page(list, errors, values));
    }

    @POST
    @Path("{id}/retirement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> retire(@PathParam("list") String path, @PathParam("id") UUID id,
            @RestForm String version) {
        ListName list = ListResource.named(path);
        return Forms.act(() -> lists.retire(list, id, Params.version(version)), "/app/lists/" + list.path(),
                "Retired: no longer offered, and the records that have it keep it", Map.of("version", "The value"),
                errors -> page(list, errors, Map.of()));
    }

    @POST
    @Path("{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public RestResponse<TemplateInstance> reinstate(@PathParam("list") String path, @PathParam("id") UUID id,
            @RestForm String version) {
        ListName list = ListResource.named(path);
        return Forms.act(() -> lists.reinstate(list, id, Params.version(version)), "/app/lists/" + list.path(),
                "Offered again", Map.of("version", "The value"), errors -> page(list, errors, Map.of()));
    }

    private static ListValueRequest request(String code, String label, String countsAs, String outcomeDefinition,
            String positionField, String position) {
        Integer order = Forms.integer(positionField, position);
        return new ListValueRequest(code == null ? null : code.strip(), label, Forms.optional(countsAs),
                Params.uuid("outcomeDefinition", Forms.optional(outcomeDefinition)), order == null ? 0 : order);
    }

    private TemplateInstance page(ListName list, Map<String, String> errors, Map<String, String> values) {
        return Templates.list(currentStaff.view(), list, List.of(ListName.values()), lists.current().all(list),
                list == ListName.PROGRAMME ? lists.definitions() : List.of(), errors, values);
    }
}
