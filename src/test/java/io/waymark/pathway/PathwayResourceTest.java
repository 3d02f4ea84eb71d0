package io.waymark.pathway;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.client.Stage;
import io.waymark.support.Api;
import io.waymark.support.OutcomeBuilder;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PathwayResourceTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void movingForwardOneStageNeedsNoReason() {
        String id = worker.refer(anActiveClient());
        worker.moveStage(id, "VOCATIONAL_PROFILING", null)
                .statusCode(201)
                .body("fromStage", equalTo("ENGAGEMENT"))
                .body("toStage", equalTo("VOCATIONAL_PROFILING"))
                .body("movedByName", equalTo("Test worker-north-works"))
                .body("reason", equalTo(null));
        worker.request().get("/api/v1/clients/{id}", id).then()
                .body("currentStage", equalTo("VOCATIONAL_PROFILING")).body("version", equalTo(1));
    }

    @Test
    void movingBackNeedsAReasonAndNothingChangesWithoutOne() {
        String id = worker.refer(anActiveClient());
        worker.moveStage(id, "VOCATIONAL_PROFILING", null).statusCode(201);
        worker.moveStage(id, "ENGAGEMENT", " ")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        worker.request().get("/api/v1/clients/{id}", id).then().body("currentStage", equalTo("VOCATIONAL_PROFILING"));

        worker.moveStage(id, "ENGAGEMENT", "Needs to rebuild confidence before profiling").statusCode(201);
        worker.request().get("/api/v1/clients/{id}", id).then().body("currentStage", equalTo("ENGAGEMENT"));
    }

    @Test
    void skippingAStageNeedsAReason() {
        String id = worker.refer(anActiveClient());
        worker.moveStage(id, "JOB_MATCHING", null).statusCode(400).body("errors[0].field", equalTo("reason"));
        worker.moveStage(id, "JOB_MATCHING", "Already has a vocational profile from college").statusCode(201);
    }

    @Test
    void theWholePathwayCanBeWalkedStageByStage() {
        String id = worker.refer(anActiveClient());
        List<String> stages = Arrays.stream(Stage.values()).map(Enum::name).toList();
        for (String stage : stages.subList(1, stages.size())) {
            if (stage.equals("IN_WORK_SUPPORT")) {
                worker.outcome(id, OutcomeBuilder.aJobGainedWith(worker.employer("Walk Cafe")));
            }
            worker.moveStage(id, stage, null).statusCode(201);
        }
        worker.request().get("/api/v1/clients/{id}/stage-moves", id).then().statusCode(200)
                .body("toStage", equalTo(stages))
                .body("[0].fromStage", equalTo(null))
                .body("[0].reason", equalTo("Referral received"))
                .body("[5].fromStage", equalTo("IN_WORK_SUPPORT"))
                .body("[5].movedById", notNullValue());
    }

    @Test
    void aMoveToTheCurrentStageIsRefused() {
        String id = worker.refer(anActiveClient());
        worker.moveStage(id, "ENGAGEMENT", "again").statusCode(400).body("errors[0].field", equalTo("toStage"));
    }

    @Test
    void aClientWhoHasNotConsentedStaysAtEngagement() {
        String id = worker.refer(aReferral());
        worker.moveStage(id, "VOCATIONAL_PROFILING", null)
                .statusCode(409).body("errors[0].field", equalTo("toStage"))
                .body("detail", containsString("consent"));
    }

    @Test
    void aClosedClientCannotMove() {
        String id = worker.refer(anActiveClient());
        worker.request().body(Map.of("reason", "WITHDREW")).post("/api/v1/clients/{id}/closure", id).then().statusCode(200);
        worker.moveStage(id, "VOCATIONAL_PROFILING", null).statusCode(409);
    }

    @Test
    void aMoveCannotBeDatedBeforeTheCurrentStageBegan() {
        LocalDate referral = LocalDate.now().minusDays(10);
        String id = worker.refer(anActiveClient().referredOn(referral).consentedOn(referral));
        worker.request().body(Map.of("toStage", "VOCATIONAL_PROFILING", "movedOn", referral.minusDays(1).toString()))
                .post("/api/v1/clients/{id}/stage-moves", id)
                .then().statusCode(400).body("errors[0].field", equalTo("movedOn"));
        worker.request().body(Map.of("toStage", "VOCATIONAL_PROFILING", "movedOn", LocalDate.now().plusDays(2).toString()))
                .post("/api/v1/clients/{id}/stage-moves", id)
                .then().statusCode(400).body("errors[0].field", equalTo("movedOn"));
        worker.request().body(Map.of("toStage", "VOCATIONAL_PROFILING", "movedOn", referral.plusDays(3).toString()))
                .post("/api/v1/clients/{id}/stage-moves", id)
                .then().statusCode(201).body("movedOn", equalTo(referral.plusDays(3).toString()));
        worker.request().get("/api/v1/clients/{id}", id).then().body("stageEnteredOn", equalTo(referral.plusDays(3).toString()));
    }
}
