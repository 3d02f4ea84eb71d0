package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.waymark.client.Programme;
import io.waymark.common.Params;
import io.waymark.outcome.OutcomeDefinitionRequest;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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
@RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
public class OutcomeDefinitionPagesResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OutcomeDefinitionService definitions;

    @GET
    public RestResponse<TemplateInstance> list(@CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        String csrf = CsrfGuard.tokenFor(csrfCookie);
        return RestResponse.ResponseBuilder.ok(page(Map.of(), csrf)).cookie(CsrfGuard.cookie(csrf)).build();
    }

    @POST
    @Path("{id}/copies")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> copy(@PathParam("id") UUID id, @RestForm String name,
            @RestForm(CsrfGuard.FIELD) String csrf, @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> definitions.copy(id, name));
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> update(@PathParam("id") UUID id, @RestForm String version,
            @RestForm String name, @RestForm String programme, @RestForm String startMinWeeklyHours,
            @RestForm String startAfterPaidHours, @RestForm String sustainedWeeklyHours, @RestForm String sustainedWeeks,
            @RestForm String sustainedWindowWeeks, @RestForm String followUpSchedule, @RestForm String countsRetained,
            @RestForm String countsSelfEmployed, @RestForm(CsrfGuard.FIELD) String csrf,
            @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> {
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
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> delete(@PathParam("id") UUID id, @RestForm(CsrfGuard.FIELD) String csrf,
            @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> definitions.delete(id));
    }

    private RestResponse<TemplateInstance> act(String csrf, Runnable change) {
        return Forms.act(change, "/app/outcome-definitions", errors -> page(errors, csrf));
    }

    private TemplateInstance page(Map<String, String> errors, String csrf) {
        return WebPages.definitions(currentStaff.view(), definitions.all(), errors, csrf);
    }
}
