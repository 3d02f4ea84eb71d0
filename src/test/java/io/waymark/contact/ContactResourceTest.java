package io.waymark.contact;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Statements;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Inject
    DataSource dataSource;

    /** The hottest write: the contact and its audit event, beside the tenant scoping, and nothing else. */
    @Test
    void addingAContactIsThreeStatements() {
        String id = worker.refer(anActiveClient());
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 5, "notes", "Warm-up")) // the worker's first act
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(201);
        Statements statements = Statements.during(dataSource, () -> worker.request()
                .body(Map.of("channel", "EMAIL", "durationMinutes", 10, "notes", "Sent the application form"))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(201)
                .body("notes", equalTo("Sent the application form")).body("recordedByName", equalTo("Test worker-north-works")));
        org.junit.jupiter.api.Assertions.assertTrue(statements.count() <= 3, "adding a contact ran " + statements);
        worker.request().get("/api/v1/clients/{id}/contacts", id).then()
                .body("items.notes", equalTo(List.of("Sent the application form", "Warm-up")));
    }

    /** A worker whose first act on Waymark is a contact gets their staff record made, and the contact is theirs. */
    @Test
    void aNewWorkersFirstActCanBeAContact() {
        String id = worker.refer(anActiveClient());
        Api newcomer = Api.as(Tokens.named("first-act-" + java.util.UUID.randomUUID(), "Morag Newcomer", Tokens.NORTH, io.waymark.security.Roles.WORKER));
        newcomer.request().body(Map.of("channel", "FACE_TO_FACE", "durationMinutes", 45, "notes", "Met at the library"))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(201)
                .body("recordedByName", equalTo("Morag Newcomer")).body("recordedById", notNullValue());
        worker.request().get("/api/v1/clients/{id}/contacts", id).then()
                .body("items.recordedByName", equalTo(List.of("Morag Newcomer")));
    }

    @Test
    void aContactNeedsOnlyChannelDurationAndNotes() {
        String id = worker.refer(anActiveClient());
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 15, "notes", "  Talked through the CV  "))
                .post("/api/v1/clients/{id}/contacts", id)
                .then().statusCode(201)
                .body("stage", equalTo("ENGAGEMENT"))
                .body("notes", equalTo("Talked through the CV"))
                .body("happenedAt", notNullValue())
                .body("recordedByName", equalTo("Test worker-north-works"));
    }

    @Test
    void contactsAreListedNewestFirst() {
        String id = worker.refer(anActiveClient());
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).minusDays(5);
        for (int day : List.of(1, 3, 2)) {
            worker.request().body(Map.of("channel", "FACE_TO_FACE", "durationMinutes", 45, "notes", "day " + day,
                    "happenedAt", base.plusDays(day).toString())).post("/api/v1/clients/{id}/contacts", id).then().statusCode(201);
        }
        worker.request().get("/api/v1/clients/{id}/contacts", id).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.notes", equalTo(List.of("day 3", "day 2", "day 1")));
        worker.request().get("/api/v1/clients/{id}/contacts?size=2&page=1", id).then()
                .body("items.notes", equalTo(List.of("day 1")));
    }

    @Test
    void badContactsAreRefusedFieldByField() {
        String id = worker.refer(anActiveClient());
        worker.request().body(Map.of("channel", "CARRIER_PIGEON", "durationMinutes", 15, "notes", "x"))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(400).body("errors[0].field", equalTo("channel"));
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 0, "notes", ""))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("durationMinutes", "notes")));
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", "tomorrow",
                        "happenedAt", OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(400).body("errors[0].field", equalTo("happenedAt"));
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", "before referral",
                        "happenedAt", OffsetDateTime.now().minusYears(1).toString()))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(400).body("errors[0].field", equalTo("happenedAt"));
        worker.request().get("/api/v1/clients/{id}/contacts", id).then().body("totalItems", equalTo(0));
    }

    @Test
    void aContactCanServeAnotherStageThanTheCurrentOne() {
        String id = worker.refer(anActiveClient());
        worker.request().body(Map.of("channel", "VIDEO", "durationMinutes", 30, "notes", "Benefits check", "stage", "JOB_MATCHING"))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(201).body("stage", equalTo("JOB_MATCHING"));
    }

    @Test
    void aClosedClientTakesNoNewContacts() {
        String id = worker.refer(anActiveClient());
        worker.request().body(Map.of("reason", "MOVED_AWAY")).post("/api/v1/clients/{id}/closure", id).then().statusCode(200);
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 5, "notes", "after closure"))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(409);
    }

    @Test
    void aPlannedContactIsMetByTheNextContactRecorded() {
        String id = worker.refer(anActiveClient());
        // A minute ago is still "now" for planning (clocks drift), and it keeps the plan on today's date.
        OffsetDateTime justNow = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        worker.request().body(Map.of("plannedFor", justNow.toString(), "channel", "PHONE", "purpose", "Check in"))
                .post("/api/v1/clients/{id}/contacts/planned", id).then().statusCode(201)
                .body("purpose", equalTo(List.of("Check in"))).body("met", equalTo(List.of(false)));
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", "Checked in early"))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(201);
        worker.request().get("/api/v1/clients/{id}/contacts/planned", id).then().body("met", equalTo(List.of(true)));

        worker.request().body(Map.of("plannedFor", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(),
                        "channel", "PHONE", "purpose", "Yesterday"))
                .post("/api/v1/clients/{id}/contacts/planned", id).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedFor"));
    }

    @Test
    void anAdvisorCanRecordAContact() {
        String id = worker.refer(anActiveClient());
        Api.as(Tokens.advisor(Tokens.NORTH)).request()
                .body(Map.of("channel", "FACE_TO_FACE", "durationMinutes", 60, "notes", "Health and wellbeing assessment"))
                .post("/api/v1/clients/{id}/contacts", id).then().statusCode(201);
    }
}
