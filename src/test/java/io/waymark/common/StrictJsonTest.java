package io.waymark.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import static io.waymark.support.ClientBuilder.anActiveClient;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body that could mean two things is refused with a 400 that says why, never a 500 or a guess. */
@QuarkusTest
class StrictJsonTest {

    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    @Test
    void aKeyGivenTwiceIsRefused() {
        admin.request().body("{\"name\": \"Team A\", \"name\": \"Team B\"}").post("/api/v1/teams").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Invalid request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT /api/v1/funders/a-funder {\"name\": \"a\", \"name\": \"b\"}",
            "POST /api/v1/bookings/%s/cancellation {\"reason\": \"a\", \"reason\": \"b\"}",
            "POST /api/v1/clients/%s/erasure {\"note\": \"a\", \"note\": \"b\"}"})
    void aKeyGivenTwiceIsRefusedWhereverItIsSent(String call) {
        String[] parts = call.split(" ", 3);
        Api everyRole = Api.as(Tokens.token("strict-" + Tokens.NORTH, Tokens.NORTH, io.waymark.security.Roles.WORKER,
                io.waymark.security.Roles.TEAM_LEAD, io.waymark.security.Roles.HWB_ADVISOR, io.waymark.security.Roles.ADMIN));
        everyRole.request().body(parts[2]).request(parts[0], String.format(parts[1], java.util.UUID.randomUUID())).then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Invalid request"));
    }

    @Test
    void anythingAfterTheJsonIsRefused() {
        admin.request().body("{\"name\": \"Trailing Team\"}}xyz").post("/api/v1/teams").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aNumberOrABooleanForTextIsRefusedNamingTheField() {
        admin.request().body("{\"name\": 12345}").post("/api/v1/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("must be text"));
        admin.request().body("{\"name\": true}").post("/api/v1/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    /** Jackson would read 12 as the 12th day after 1 January 1970, and [2026, 3, 31] as a date: neither is one. */
    @ParameterizedTest
    @ValueSource(strings = {"12", "[2026, 3, 31]", "true"})
    void aDateThatIsNotWrittenAsADateIsRefusedNamingTheField(String notADate) {
        worker.request().body("{\"firstName\": \"Ann\", \"lastName\": \"Other\", \"dateOfBirth\": " + notADate + "}")
                .post("/api/v1/clients/duplicate-check").then().statusCode(400)
                .body("errors[0].field", equalTo("dateOfBirth"));
    }

    @Test
    void anEnumValueWithSpacesIsRefused() {
        String client = worker.refer(anActiveClient());
        worker.request().body(Map.of("channel", " PHONE", "durationMinutes", 10, "notes", "Padded"))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        worker.request().body(Map.of("channel", "PHONE ", "durationMinutes", 10, "notes", "Padded"))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "+10000-01-01", "1899-12-31"})
    void aBirthBefore1900OrAnImpossibleYearIsRefused(String born) {
        worker.request().body(anActiveClient().with("dateOfBirth", born).build()).post("/api/v1/clients").then()
                .statusCode(400).body("errors[0].field", equalTo("dateOfBirth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "2101-01-01", "0000-01-01"})
    void aReviewDatePast2100OrBeforeAnyCaseIsRefused(String reviewOn) {
        String client = worker.refer(anActiveClient());
        worker.request().body(Map.of("goal", "Find work", "reviewDate", reviewOn))
                .post("/api/v1/clients/{id}/action-plan", client).then().statusCode(400)
                .body("errors[0].field", equalTo("reviewDate"));
    }

    @Test
    void aPlannedContactAtTheEndOfTimeIsRefusedNotA500() {
        String client = worker.refer(anActiveClient());
        worker.request().body(Map.of("plannedFor", "+999999999-12-31T23:59:59Z", "channel", "PHONE", "purpose", "Far"))
                .post("/api/v1/clients/{id}/contacts/planned", client).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedFor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-10", "0.001", "0.0001", "12.345"})
    void hoursOrPayWithMorePlacesThanKeptAreRefused(String amount) {
        String employer = worker.employer("Decimal Cafe " + amount);
        worker.request().body("{\"title\": \"Barista\", \"kind\": \"VACANCY\", \"hoursPerWeek\": " + amount + "}")
                .post("/api/v1/employers/{id}/opportunities", employer).then().statusCode(400)
                .body("errors[0].field", equalTo("hoursPerWeek"));
        worker.request().body("{\"title\": \"Barista\", \"kind\": \"VACANCY\", \"hourlyPay\": " + amount + "}")
                .post("/api/v1/employers/{id}/opportunities", employer).then().statusCode(400)
                .body("errors[0].field", equalTo("hourlyPay"));
    }
}
