package io.waymark.actionplan;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void aGoalHasObjectivesTargetAndReviewDates() {
        String client = worker.refer(anActiveClient());
        worker.request().body(goal("Work in a garden centre", TODAY.plusDays(14)))
                .post("/api/v1/clients/{id}/action-plan", client).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("reviewOverdue", equalTo(false))
                .body("objectives", equalTo("Two taster days; a CV"));
        worker.request().body(goal("In the past", TODAY.minusDays(1)))
                .post("/api/v1/clients/{id}/action-plan", client).then().statusCode(400)
                .body("errors[0].field", equalTo("reviewDate"));
        worker.request().body(Map.of("objectives", "no goal")).post("/api/v1/clients/{id}/action-plan", client)
                .then().statusCode(400).body("errors[0].field", equalTo("goal"));
    }

    @Test
    void aStaleEditOfAGoalIsRefused() {
        String client = worker.refer(anActiveClient());
        String goal = worker.request().body(goal("Bus travel alone", TODAY.plusDays(7)))
                .post("/api/v1/clients/{id}/action-plan", client).then().extract().path("id");
        Map<String, Object> achieved = goal("Bus travel alone", TODAY.plusDays(30));
        achieved.put("status", "ACHIEVED");
        worker.request().header("If-Match", "0").body(achieved).put("/api/v1/clients/{c}/action-plan/{g}", client, goal)
                .then().statusCode(200).body("status", equalTo("ACHIEVED"));
        worker.request().header("If-Match", "0").body(goal("Stale", TODAY.plusDays(3)))
                .put("/api/v1/clients/{c}/action-plan/{g}", client, goal).then().statusCode(409);
    }

    @Test
    void aWorkerIsPromptedForOverdueAndComingReviewsOfTheirOwnClients() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Kenny", 10).withWorker("Lorna", 10).build();
        String mine = worker.refer(anActiveClient());
        team.lead().assign(mine, team.worker("Kenny").staffId()).statusCode(201);
        String notMine = worker.refer(anActiveClient());
        team.lead().assign(notMine, team.worker("Lorna").staffId()).statusCode(201);

        String overdue = reviewOn(mine, "Overdue review", TODAY.minusDays(2));
        String soon = reviewOn(mine, "Review in three days", TODAY.plusDays(3));
        reviewOn(mine, "Review next month", TODAY.plusDays(30));
        reviewOn(notMine, "Someone else's", TODAY.minusDays(1));

        Api.as(team.worker("Kenny").token()).request().get("/api/v1/action-plan-reviews/due").then().statusCode(200)
                .body("goalId", equalTo(List.of(overdue, soon)))
                .body("overdue", equalTo(List.of(true, false)));
    }

    /** Goals are set with a future review; moving the review into the past is an edit, as after a missed one. */
    private String reviewOn(String client, String text, LocalDate review) {
        String id = worker.request().body(goal(text, TODAY.plusDays(1)))
                .post("/api/v1/clients/{id}/action-plan", client).then().statusCode(201).extract().path("id");
        worker.request().header("If-Match", "0").body(goal(text, review))
                .put("/api/v1/clients/{c}/action-plan/{g}", client, id).then().statusCode(200);
        return id;
    }

    private static Map<String, Object> goal(String text, LocalDate review) {
        Map<String, Object> body = new HashMap<>();
        body.put("goal", text);
        body.put("objectives", "Two taster days; a CV");
        body.put("targetDate", TODAY.plusMonths(3).toString());
        body.put("reviewDate", review.toString());
        return body;
    }
}
