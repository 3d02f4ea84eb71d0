package io.waymark.outcome;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.lists.Programme;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** Funders' outcome definitions: team leads read them; administrators copy the shipped ones and edit their own. */
@Path("/app/outcome-definitions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OutcomeDefinitionPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance definitions(StaffView me, List<OutcomeDefinitionView> definitions,
                Map<String, String> errors, Map<String, String> values);
    }

    /** Each field of a definition's form: the prefix of its id on the page, and its label. */
    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("name", new String[] {"name", "Name"}), Map.entry("programme", new String[] {"programme", "Programme"}),
            Map.entry("startMinWeeklyHours", new String[] {"smw", "Start: hours a week at least"}),
            Map.entry("startAfterPaidHours", new String[] {"sap", "Start: after paid hours"}),
            Map.entry("sustainedWeeklyHours", new String[] {"swh", "Sustained: hours a week"}),
            Map.entry("sustainedWeeks", new String[] {"sw", "Sustained for weeks"}),
            Map.entry("sustainedWindowWeeks", new String[] {"sww", "Sustained: of weeks"}),
            Map.entry("followUpSchedule", new String[] {"fus", "Follow-ups"}),
            Map.entry("countsRetained", new String[] {"cr", "Retained jobs count"}),
            Map.entry("countsSelfEmployed", new String[] {"cse", "Self-employment counts"}));

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OutcomeDefinitionService definitions;

    @GET
    @PermissionsAllowed(Act.VIEW_REPORTS)
    public RestResponse<TemplateInstance> list() {
        return RestResponse.ok(page(Map.of(), Map.of()));
    }

    @POST
    @Path("{id}/copies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public RestResponse<TemplateInstance> copy(@PathParam("id") UUID id, @RestForm String name) {
        String field = "copy-" + id;
        return Forms.act(() -> definitions.copy(id, name), "/app/outcome-definitions",
                "Copy saved: " + (name == null ? "" : name.strip()), Map.of(field, "Name of the copy"),
                errors -> page(errors, Map.of(field, name == null ? "" : name)));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public RestResponse<TemplateInstance> update(@PathParam("id") UUID id, @RestForm String version,
            @RestForm String name, @RestForm String programme, @RestForm String startMinWeeklyHours,
            @RestForm String startAfterPaidHours, @RestForm String sustainedWeeklyHours, @RestForm String sustainedWeeks,
            @RestForm String sustainedWindowWeeks, @RestForm String followUpSchedule, @RestForm String countsRetained,
            @RestForm String countsSelfEmployed) {
        // Every definition has its form on the page: its fields are told apart by the definition's id.
        Map<String, String> ids = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        FIELDS.forEach((field, idAndLabel) -> {
            ids.put(field, idAndLabel[0] + "-" + id);
            labels.put(idAndLabel[0] + "-" + id, idAndLabel[1]);
        });
        Map<String, String> values = new HashMap<>(Map.of("sent-" + id, "yes"));
        values.put(ids.get("name"), Forms.typed(name));
        values.put(ids.get("programme"), Forms.typed(programme));
        values.put(ids.get("startMinWeeklyHours"), Forms.typed(startMinWeeklyHours));
        values.put(ids.get("startAfterPaidHours"), Forms.typed(startAfterPaidHours));
        values.put(ids.get("sustainedWeeklyHours"), Forms.typed(sustainedWeeklyHours));
        values.put(ids.get("sustainedWeeks"), Forms.typed(sustainedWeeks));
        values.put(ids.get("sustainedWindowWeeks"), Forms.typed(sustainedWindowWeeks));
        values.put(ids.get("followUpSchedule"), Forms.typed(followUpSchedule));
        values.put(ids.get("countsRetained"), Forms.typed(countsRetained));
        values.put(ids.get("countsSelfEmployed"), Forms.typed(countsSelfEmployed));
        return Forms.act(() -> {
            OutcomeDefinitionRequest request = new OutcomeDefinitionRequest(name,
                    Params.enumValue(Programme.class, ids.get("programme"), programme),
                    Forms.decimal(ids.get("startMinWeeklyHours"), startMinWeeklyHours),
                    Forms.decimal(ids.get("startAfterPaidHours"), startAfterPaidHours),
                    Forms.decimal(ids.get("sustainedWeeklyHours"), sustainedWeeklyHours),
                    Forms.integer(ids.get("sustainedWeeks"), sustainedWeeks),
                    Forms.integer(ids.get("sustainedWindowWeeks"), sustainedWindowWeeks),
                    followUpSchedule, countsRetained != null, countsSelfEmployed != null);
            Forms.validate(request, ids);
            definitions.update(id, Params.version(version), request);
        }, "/app/outcome-definitions", "Definition saved: " + Forms.typed(name).strip(), labels,
                errors -> page(errors, values));
    }

    @POST
    @Path("{id}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public RestResponse<TemplateInstance> delete(@PathParam("id") UUID id, @RestForm String confirm) {
        String box = "delete-confirm-" + id;
        return Forms.act(() -> {
            Forms.confirmed(confirm, box, "delete this definition");
            definitions.delete(id);
        }, "/app/outcome-definitions", "Definition deleted", Map.of(box, "Delete the definition"),
                errors -> page(errors, Map.of()));
    }

    private TemplateInstance page(Map<String, String> errors, Map<String, String> values) {
        return Templates.definitions(currentStaff.view(), definitions.all(), errors, values);
    }
}
