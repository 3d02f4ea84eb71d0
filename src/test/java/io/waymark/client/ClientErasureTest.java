package io.waymark.client;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Erasure end to end: identity and free text go, the figures the reports count stay. */
@QuarkusTest
class ClientErasureTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    @Inject
    ClientErasure erasure;

    @Test
    void aCaseClosedLongerThanTheRetentionPeriodIsAnonymisedAndStillCounted() {
        String old = worker.refer(anActiveClient().named("Old", "Record").referredOn(LocalDate.parse("2018-03-01"))
                .consentedOn(LocalDate.parse("2018-03-05")).with("phone", "07700 900999").with("email", "old@example.org")
                .with("nationalInsuranceNumber", "QQ123456C").with("ethnicity", "White Scottish"));
        worker.request().body(Map.of("happenedAt", "2018-04-10T10:00:00+01:00", "channel", "PHONE", "durationMinutes", 5,
                "notes", "Told me about her diagnosis")).post("/api/v1/clients/{id}/contacts", old).then().statusCode(201);
        worker.request().body(Map.of("goal", "Get back to nursing")).post("/api/v1/clients/{id}/action-plan", old)
                .then().statusCode(201);
        String job = worker.outcome(old, aJobGainedWith(worker.employer("Harbour Firm"))
                .startingOn(LocalDate.parse("2018-06-04")).hours(20));
        worker.request().body(Map.of("endDate", "2018-09-07", "reason", "Moved to live with her sister"))
                .post("/api/v1/clients/{c}/outcomes/{o}/end", old, job).then().statusCode(200);
        worker.request().body(Map.of("reason", "MOVED_AWAY", "closedOn", "2019-01-07"))
                .post("/api/v1/clients/{id}/closure", old).then().statusCode(200);
        String recent = closedClient(TODAY.minusDays(10));
        JsonPath before = report2018();

        erasure.applyRetention();

        worker.request().get("/api/v1/clients/{id}", old).then().statusCode(200)
                .body("firstName", equalTo("Anonymised")).body("lastName", equalTo("client"))
                .body("phone", nullValue()).body("email", nullValue()).body("nationalInsuranceNumber", nullValue())
                .body("ethnicity", nullValue()).body("reference", startsWith("ANON-"))
                .body("dateOfBirth", equalTo("1985-01-01")).body("anonymisedOn", equalTo(TODAY.toString()))
                // What the reports count stays.
                .body("referralDate", equalTo("2018-03-01")).body("closedOn", equalTo("2019-01-07"))
                .body("clientGroups", equalTo(List.of("MENTAL_HEALTH_PROBLEM")));
        worker.request().get("/api/v1/clients/{id}/contacts", old).then().body("items.notes", equalTo(List.of("(erased)")));
        worker.request().get("/api/v1/clients/{id}/action-plan", old).then().body("goal", equalTo(List.of("(erased)")));
        worker.request().get("/api/v1/clients/{id}/outcomes", old).then()
                .body("[0].endReason", equalTo("(erased)")).body("[0].hoursPerWeek", equalTo(20.0f))
                .body("[0].type", equalTo("GAINED"));
        JsonPath after = report2018();
        assertEquals(before.getInt("total.peopleSupported"), after.getInt("total.peopleSupported"));
        assertEquals(before.getInt("total.peopleWithJobOutcome"), after.getInt("total.peopleWithJobOutcome"));
        // The subject access export and the audit trail hold nothing of who they were.
        String export = admin.request().get("/api/v1/clients/{id}/subject-access", old).then().statusCode(200)
                .extract().asString();
        assertEquals(List.of(), List.of("Old", "Record", "07700", "QQ123456C", "diagnosis", "nursing", "sister").stream()
                .filter(export::contains).toList());
        // Closed ten days ago: kept for now.
        worker.request().get("/api/v1/clients/{id}", recent).then().body("anonymisedOn", nullValue());
    }

    @Test
    void anErasureRequestAnonymisesAClosedCaseOnce() {
        String closed = closedClient(TODAY.minusDays(1));
        admin.request().body(Map.of("note", "Letter from the client asking to be forgotten"))
                .post("/api/v1/clients/{id}/erasure", closed).then().statusCode(200)
                .body("firstName", equalTo("Anonymised")).body("anonymisedOn", equalTo(TODAY.toString()));
        admin.request().body(Map.of("note", "again")).post("/api/v1/clients/{id}/erasure", closed).then().statusCode(409);
        String open = worker.refer(anActiveClient());
        admin.request().body(Map.of("note", "asked")).post("/api/v1/clients/{id}/erasure", open).then().statusCode(409);
        worker.request().body(Map.of("note", "asked")).post("/api/v1/clients/{id}/erasure", open).then().statusCode(403);
    }

    private String closedClient(LocalDate closedOn) {
        String client = worker.refer(anActiveClient().named("Recent", "Closure").referredOn(closedOn.minusDays(30))
                .consentedOn(closedOn.minusDays(25)));
        worker.request().body(Map.of("reason", "WITHDREW", "closedOn", closedOn.toString()))
                .post("/api/v1/clients/{id}/closure", client).then().statusCode(200);
        return client;
    }

    private JsonPath report2018() {
        return Api.as(Tokens.teamLead(Tokens.NORTH)).request().queryParam("from", "2018-01-01").queryParam("to", "2018-12-31")
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().jsonPath();
    }
}
