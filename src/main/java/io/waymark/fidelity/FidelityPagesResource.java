package io.waymark.fidelity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.staff.StaffView;
import io.waymark.staff.TeamMapper;
import io.waymark.staff.TeamService;
import io.waymark.staff.TeamView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fidelity(StaffView me, List<TeamView> teams, UUID teamId,
                FidelityPrefill prefill, List<FidelityReviewView> reviews, FidelityTrend trend,
                Map<String, String> errors, Map<String, String> values);
    }

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
        UUID team = team(teamId);
        FidelityPrefill prefill = team == null ? null : fidelity.prefill(team, LocalDate.now(clock));
        return RestResponse.ok(page(team, prefill, Map.of(), suggested(prefill)));
    }

    /** Records the review; a refused one comes back with every score, note and piece of evidence as sent. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.REVIEW_FIDELITY)
    public RestResponse<TemplateInstance> record(MultivaluedMap<String, String> form) {
        UUID team = Params.uuid("teamId", form.getFirst("teamId"));
        Map<String, String> values = new HashMap<>();
        form.forEach((name, sent) -> values.put(name, sent.isEmpty() ? "" : sent.get(0)));
        return Forms.act(() -> {
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
        }, "/app/fidelity?teamId=" + team, "Fidelity review saved", LABELS,
                errors -> page(team, team == null ? null : fidelity.prefill(team, LocalDate.now(clock)), errors, values));
    }

    /** A new review's form as first shown: today's date, and each suggested score with the calculation as evidence. */
    private Map<String, String> suggested(FidelityPrefill prefill) {
        Map<String, String> values = new HashMap<>(Map.of("kind", "FULL", "reviewedOn", LocalDate.now(clock).toString()));
        if (prefill != null) {
            for (FidelityPrefill.ItemEvidence item : prefill.items()) {
                values.put("score-" + item.item().name(), item.suggestedScore() == null ? "" : item.suggestedScore().toString());
                values.put("evidence-" + item.item().name(), item.figure() == null ? "" : item.calculation());
            }
        }
        return values;
    }

    private UUID team(String teamId) {
        UUID chosen = Params.uuid("teamId", teamId);
        if (chosen != null) {
            return chosen;
        }
        Staff me = currentStaff.get();
        return me.team != null ? me.team.id : teams.list().stream().findFirst().map(t -> t.id).orElse(null);
    }

    private TemplateInstance page(UUID team, FidelityPrefill prefill, Map<String, String> errors,
            Map<String, String> values) {
        return Templates.fidelity(currentStaff.view(), teams.list().stream().map(teamMapper::toView).toList(), team,
                prefill, team == null ? List.of() : fidelity.list(team).stream().map(mapper::toView).toList(),
                team == null ? null : fidelity.trend(team), errors, values);
    }
}
