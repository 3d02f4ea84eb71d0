package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.Programme;
import io.waymark.common.Params;
import io.waymark.outcome.OutcomeDefinitionRequest;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** Funders' outcome definitions: team leads read them; administrators copy the shipped ones and edit their own. */
@Path("/app/outcome-definitions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OutcomeDefinitionPagesResource {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Name"),
            Map.entry("programme", "Programme"), Map.entry("startMinWeeklyHours", "Hours a week to count a start"),
            Map.entry("startAfterPaidHours", "Paid hours before a start counts"),
            Map.entry("sustainedWeeklyHours", "Hours a week to count as sustained"),
            Map.entry("sustainedWeeks", "Weeks to count as sustained"),
            Map.entry("sustainedWindowWeeks", "Window for the sustained weeks"),
            Map.entry("followUpSchedule", "Follow-up schedule"));

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OutcomeDefinitionService definitions;

    @GET
    @PermissionsAllowed(Act.VIEW_REPORTS)
    public RestResponse<TemplateInstance> list() {
        return RestResponse.ResponseBuilder.ok(page(Map.of())).build();
    }

    @POST
    @Path("{id}/copies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public RestResponse<TemplateInstance> copy(@PathParam("id") UUID id, @RestForm String name) {
        return act("Copy saved: " + (name == null ? "" : name.strip()), () -> definitions.copy(id, name));
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
        return act("Definition saved: " + (name == null ? "" : name.strip()), () -> {
            OutcomeDefinitionRequest request = new OutcomeDefinitionRequest(name,
                    Params.enumValue(Programme.class, "programme", programme),
                    Forms.decimal("startMinWeeklyHours", startMinWeeklyHours),
                    Forms.decimal("startAfterPaidHours", startAfterPaidHours),
                    Forms.decimal("sustainedWeeklyHours", sustainedWeeklyHours),
                    Forms.integer("sustainedWeeks", sustainedWeeks), Forms.integer("sustainedWindowWeeks", sustainedWindowWeeks),
                    followUpSchedule, countsRetained != null, countsSelfEmployed != null);
            Forms.validate(request);
            definitions.update(id, Params.version(version), request);
        });
    }

    @POST
    @Path("{id}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public RestResponse<TemplateInstance> delete(@PathParam("id") UUID id) {
        return act("Definition deleted", () -> definitions.delete(id));
    }

    private RestResponse<TemplateInstance> act(String saved, Runnable change) {
        return Forms.act(change, "/app/outcome-definitions", saved, LABELS, errors -> page(errors));
    }

    private TemplateInstance page(Map<String, String> errors) {
        return WebPages.definitions(currentStaff.view(), definitions.all(), errors);
    }
}
