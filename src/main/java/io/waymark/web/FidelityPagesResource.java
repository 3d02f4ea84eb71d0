package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.fidelity.FidelityItem;
import io.waymark.fidelity.FidelityMapper;
import io.waymark.fidelity.FidelityPrefill;
import io.waymark.fidelity.FidelityReview;
import io.waymark.fidelity.FidelityReviewRequest;
import io.waymark.fidelity.FidelityService;
import io.waymark.fidelity.ScoreRequest;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.team.TeamMapper;
import io.waymark.team.TeamService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** IPS fidelity for team leads and administrators: a team's reviews, their trend, and a new review pre-filled. */
@Path("/app/fidelity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
public class FidelityPagesResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    FidelityService fidelity;

    @Inject
    FidelityMapper mapper;

    @Inject
    TeamService teams;

    @Inject
    TeamMapper teamMapper;

    @Inject
    Clock clock;

    /** The team's reviews and a new one pre-filled; a team lead's own team unless another is chosen. */
    @GET
    public RestResponse<TemplateInstance> page(@RestQuery String teamId, @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        String csrf = CsrfGuard.tokenFor(csrfCookie);
        return RestResponse.ResponseBuilder.ok(page(team(teamId), Map.of(), csrf)).cookie(CsrfGuard.cookie(csrf)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> record(MultivaluedMap<String, String> form,
            @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        String csrf = form.getFirst(CsrfGuard.FIELD);
        CsrfGuard.check(csrf, csrfCookie);
        UUID team = Params.uuid("teamId", form.getFirst("teamId"));
        try {
            List<ScoreRequest> scores = new ArrayList<>();
            for (FidelityItem item : FidelityItem.values()) {
                scores.add(new ScoreRequest(item, Forms.integer("score-" + item.name(), form.getFirst("score-" + item.name())),
                        form.getFirst("notes-" + item.name()), form.getFirst("evidence-" + item.name())));
            }
            FidelityReviewRequest request = new FidelityReviewRequest(team,
                    Params.enumValue(FidelityReview.Kind.class, "kind", form.getFirst("kind")),
                    Params.date("reviewedOn", form.getFirst("reviewedOn")), form.getFirst("reviewers"),
                    form.getFirst("notes"), scores);
            Forms.validate(request);
            fidelity.record(request);
            return RestResponse.seeOther(URI.create("/app/fidelity?teamId=" + team));
        } catch (DomainException refused) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(refused.status()),
                    page(team, Forms.errors(refused), csrf)).build();
        }
    }

    private UUID team(String teamId) {
        UUID chosen = Params.uuid("teamId", teamId);
        if (chosen != null) {
            return chosen;
        }
        Staff me = currentStaff.get();
        return me.team != null ? me.team.id : teams.list().stream().findFirst().map(t -> t.id).orElse(null);
    }

    private TemplateInstance page(UUID team, Map<String, String> errors, String csrf) {
        FidelityPrefill prefill = team == null ? null : fidelity.prefill(team, LocalDate.now(clock));
        return WebPages.fidelity(currentStaff.view(), teams.list().stream().map(teamMapper::toView).toList(), team,
                prefill, team == null ? List.of() : fidelity.list(team).stream().map(mapper::toView).toList(),
                team == null ? null : fidelity.trend(team), LocalDate.now(clock), errors, csrf);
    }
}
