package io.waymark.pathway;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.OutcomeBuilder.aJobRetainedWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The moves into and out of in-work support, which depend on the client's job outcomes. */
@QuarkusTest
class InWorkSupportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void inWorkSupportNeedsACurrentJob() {
        String client = clientAtJobMatching();
        worker.moveStage(client, "IN_WORK_SUPPORT", null).statusCode(409).body("errors[0].field", equalTo("toStage"));
        worker.outcome(client, aJobGainedWith(worker.employer("Current Job Ltd")).startingOn(TODAY.minusDays(1)));
        worker.moveStage(client, "IN_WORK_SUPPORT", null).statusCode(201);
    }

    @Test
    void aRetainedJobCanBringAClientStraightIntoInWorkSupport() {
        String client = worker.refer(anActiveClient());
        worker.request().body(aJobRetainedWith(worker.employer("Kept Job Ltd")).startingOn(TODAY.minusYears(3))
                        .enteringInWorkSupport().build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201);
        worker.request().get("/api/v1/clients/{id}", client).then().body("currentStage", equalTo("IN_WORK_SUPPORT"));
        worker.request().get("/api/v1/clients/{id}/stage-moves", client).then()
                .body("[1].fromStage", equalTo("ENGAGEMENT")).body("[1].toStage", equalTo("IN_WORK_SUPPORT"))
                .body("[1].reason", nullValue());
    }

    @Test
    void aGainedJobDoesNotExcuseSkippingStages() {
        String client = worker.refer(anActiveClient());
        worker.outcome(client, aJobGainedWith(worker.employer("Skip Ltd")));
        worker.moveStage(client, "IN_WORK_SUPPORT", null).statusCode(400).body("errors[0].field", equalTo("reason"));
        worker.moveStage(client, "IN_WORK_SUPPORT", "Found the job through a friend").statusCode(201);
    }

    @Test
    void whenTheJobEndsTheWorkerIsOfferedTheMoveBackToJobMatching() {
        String client = clientAtJobMatching();
        String outcome = worker.outcome(client, aJobGainedWith(worker.employer("Short Job Ltd")).startingOn(TODAY.minusDays(5)));
        worker.moveStage(client, "IN_WORK_SUPPORT", null).statusCode(201);

        worker.request().body(Map.of("endDate", TODAY.toString(), "reason", "Placement did not work out"))
                .post("/api/v1/clients/{c}/outcomes/{o}/end", client, outcome).then().statusCode(200)
                .body("offeredMove", equalTo("JOB_MATCHING"));
        worker.request().get("/api/v1/clients/{id}", client).then().body("currentStage", equalTo("IN_WORK_SUPPORT"));
        worker.moveStage(client, "IN_WORK_SUPPORT", "again").statusCode(400);
    }

    @Test
    void theMoveBackCanBeMadeWithTheEndingAsItsReason() {
        String client = clientAtJobMatching();
        String outcome = worker.outcome(client, aJobGainedWith(worker.employer("Ended Ltd")).startingOn(TODAY.minusDays(5)));
        worker.moveStage(client, "IN_WORK_SUPPORT", null).statusCode(201);

        worker.request().body(Map.of("endDate", TODAY.toString(), "reason", "Redundancy", "moveBackToJobMatching", true))
                .post("/api/v1/clients/{c}/outcomes/{o}/end", client, outcome).then().statusCode(200)
                .body("offeredMove", nullValue());
        worker.request().get("/api/v1/clients/{id}", client).then().body("currentStage", equalTo("JOB_MATCHING"));
        worker.request().get("/api/v1/clients/{id}/stage-moves", client).then()
                .body("[-1].reason", equalTo("Job ended: Redundancy"));
        // With no current job, in-work support is closed to them again.
        worker.moveStage(client, "IN_WORK_SUPPORT", null).statusCode(409);
    }

    @Test
    void noMoveIsOfferedWhileAnotherJobGoesOn() {
        String client = clientAtJobMatching();
        String first = worker.outcome(client, aJobGainedWith(worker.employer("First Job Ltd")).startingOn(TODAY.minusDays(5)));
        worker.outcome(client, aJobGainedWith(worker.employer("Second Job Ltd")).startingOn(TODAY.minusDays(4)));
        worker.moveStage(client, "IN_WORK_SUPPORT", null).statusCode(201);
        worker.request().body(Map.of("endDate", TODAY.toString(), "reason", "Kept the other job"))
                .post("/api/v1/clients/{c}/outcomes/{o}/end", client, first).then().statusCode(200)
                .body("offeredMove", nullValue());
    }

    private String clientAtJobMatching() {
        String client = worker.refer(anActiveClient());
        worker.moveStage(client, "JOB_MATCHING", "Profile and employer work done at college").statusCode(201);
        return client;
    }
}
