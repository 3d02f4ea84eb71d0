package io.waymark.client;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A case cannot close before the last thing recorded on it, which would drop that event out of every period. */
@QuarkusTest
class ClientClosureTest {

    private static final LocalDate REFERRED = LocalDate.parse("2026-02-02");

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    private String client() {
        return worker.refer(anActiveClient().referredOn(REFERRED).consentedOn(REFERRED.plusDays(3)));
    }

    private io.restassured.response.ValidatableResponse close(String client, String on) {
        return worker.request().body(Map.of("reason", "MOVED_AWAY", "closedOn", on))
                .post("/api/v1/clients/{id}/closure", client).then();
    }

    @Test
    void aClosureBeforeAStageMoveIsRefusedAndOnTheDayOfItAccepted() {
        String client = client();
        worker.request().body(Map.of("toStage", "VOCATIONAL_PROFILING", "movedOn", "2026-02-20"))
                .post("/api/v1/clients/{id}/stage-moves", client).then().statusCode(201);
        close(client, "2026-02-10").statusCode(400).body("errors[0].field", equalTo("closedOn"))
                .body("errors[0].message", containsString("a stage move on 2026-02-20"));
        worker.request().get("/api/v1/clients/{id}", client).then().body("status", equalTo("ACTIVE"));
        close(client, "2026-02-20").statusCode(200).body("closedOn", equalTo("2026-02-20"));
    }

    @Test
    void aClosureBeforeConsentAContactOrAJobStartIsRefused() {
        String client = client();
        close(client, "2026-02-04").statusCode(400).body("errors[0].message", containsString("its consent on 2026-02-05"));
        worker.request().body(Map.of("happenedAt", "2026-03-02T10:00:00Z", "channel", "PHONE", "durationMinutes", 15,
                "notes", "Called about the interview")).post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
        close(client, "2026-03-01").statusCode(400).body("errors[0].message", containsString("a contact on 2026-03-02"));
        worker.outcome(client, aJobGainedWith(worker.employer("Late Start Ltd")).startingOn(LocalDate.parse("2026-03-09")));
        close(client, "2026-03-05").statusCode(400).body("errors[0].message", containsString("a job starting on 2026-03-09"));
        worker.request().body(Map.of("withdrawnOn", "2026-03-05")).post("/api/v1/clients/{id}/consent-withdrawal", client)
                .then().statusCode(400).body("errors[0].field", equalTo("withdrawnOn"));
        close(client, "2026-03-09").statusCode(200);
    }

    @Test
    void aClosedCaseTakesNoMoreStageMoves() {
        String client = client();
        close(client, "2026-02-10").statusCode(200);
        worker.request().body(Map.of("toStage", "VOCATIONAL_PROFILING"))
                .post("/api/v1/clients/{id}/stage-moves", client).then().statusCode(409)
                .body("detail", containsString("closed"));
    }
}
