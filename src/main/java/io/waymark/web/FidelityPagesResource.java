package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.fidelity.FidelityItem;
import io.waymark.fidelity.FidelityMapper;
import io.waymark.fidelity.FidelityPrefill;
import io.waymark.fidelity.FidelityReview;
import io.waymark.fidelity.FidelityReviewRequest;
import io.waymark.fidelity.FidelityService;
import io.waymark.fidelity.ScoreRequest;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.team.TeamMapper;
import io.waymark.team.TeamService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** IPS fidelity for team leads and administrators: a team's reviews, their trend, and a new review pre-filled. */
@Path("/app/fidelity")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class FidelityPagesResource {

    /** An item's score is named on the page by the item ("Caseload size: this is required"), not "scores[0].score". */
    private static final Map<String, String> SCORE_IDS = new HashMap<>();
    private static final Map<String, String> LABELS = new HashMap<>(Map.of("teamId", "Team", "kind", "Kind of review",
            "reviewedOn", "Reviewed on", "reviewers", "Reviewers", "notes", "Notes"));

    static {
        for (FidelityItem item : FidelityItem.values()) {
            SCORE_IDS.put("scores[" + item.ordinal() + "].score", "score-" + item.name());
            LABELS.put("score-" + item.name(), item.label());
        }
    }

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
    @PermissionsAllowed(Act.REVIEW_FIDELITY)
    public RestResponse<TemplateInstance> page(@RestQuery String teamId) {
        return RestResponse.ResponseBuilder.ok(page(team(teamId), Map.of())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.REVIEW_FIDELITY)
    public RestResponse<TemplateInstance> record(MultivaluedMap<String, String> form) {
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
            Forms.validate(request, SCORE_IDS);
            fidelity.record(request);
            return RestResponse.ResponseBuilder.<TemplateInstance>seeOther(URI.create("/app/fidelity?teamId=" + team))
                    .cookie(Flash.cookie("Fidelity review saved")).build();
        } catch (DomainException refused) {
            return Forms.refused(refused, page(team, Forms.errors(refused, LABELS)));
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

    private TemplateInstance page(UUID team, Map<String, String> errors) {
        FidelityPrefill prefill = team == null ? null : fidelity.prefill(team, LocalDate.now(clock));
        return WebPages.fidelity(currentStaff.view(), teams.list().stream().map(teamMapper::toView).toList(), team,
                prefill, team == null ? List.of() : fidelity.list(team).stream().map(mapper::toView).toList(),
                team == null ? null : fidelity.trend(team), LocalDate.now(clock), errors);
    }
}
