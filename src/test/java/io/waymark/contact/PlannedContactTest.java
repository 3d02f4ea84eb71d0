package io.waymark.contact;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planned contacts are never lost: not by a contact made before the plan, nor for a client with no worker. */
@QuarkusTest
class PlannedContactTest {

    private static final String WORKER = Tokens.worker(Tokens.NORTH);
    private final Api worker = Api.as(WORKER);

    @Test
    void aPlanMadeAfterTodaysContactStaysOnTheClientPageAndThePlannersToday() {
        // A client with no worker; this morning's call came before the plan for later.
        String client = worker.refer(anActiveClient().named("Seonaid", "Plannedlater"));
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Europe/London"));
        worker.request().body(Map.of("happenedAt", now.minusMinutes(5).toString(), "channel", "PHONE",
                "durationMinutes", 10, "notes", "Morning call")).post("/api/v1/clients/{id}/contacts", client)
                .then().statusCode(201);
        worker.request().body(Map.of("plannedFor", now.plusMinutes(1).toString(), "channel", "PHONE",
                "purpose", "Call back about the interview")).post("/api/v1/clients/{id}/contacts/planned", client)
                .then().statusCode(201);

        worker.request().get("/api/v1/clients/{id}/contacts/planned", client).then().statusCode(200)
                .body("met", equalTo(List.of(false)));
        given().auth().oauth2(WORKER).get("/app/clients/" + client).then().statusCode(200)
                .body(containsString("Call back about the interview"));
        given().auth().oauth2(WORKER).get("/app/today").then().statusCode(200)
                .body(containsString("Seonaid Plannedlater")).body(containsString("Call back about the interview"));

        // A contact after the plan was made meets it.
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", "Called back"))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
        worker.request().get("/api/v1/clients/{id}/contacts/planned", client).then().body("met", equalTo(List.of(true)));
    }
}
