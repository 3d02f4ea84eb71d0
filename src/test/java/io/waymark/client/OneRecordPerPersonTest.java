package io.waymark.client;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Likely duplicates are found before a person is added twice, and two records of one person merge with nothing lost. */
@QuarkusTest
class OneRecordPerPersonTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    /** A birth date no other test uses, so that only this test's records share it. */
    private static LocalDate uniqueBirthday() {
        return LocalDate.of(1930, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 20000L));
    }

    private List<Map<String, Object>> check(Map<String, Object> query) {
        return worker.request().body(query).post("/api/v1/clients/duplicate-check").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    @Test
    void aSimilarNameOnTheSameBirthdayIsALikelyDuplicate() {
        LocalDate born = uniqueBirthday();
        String john = worker.refer(anActiveClient().named("John", "Smith").bornOn(born));
        worker.refer(anActiveClient().named("Mary", "Jones").bornOn(born));

        Map<String, Object> query = new HashMap<>(Map.of("firstName", "Jon", "lastName", "Smith", "dateOfBirth", born.toString()));
        List<Map<String, Object>> found = check(query);
        assertThat(found.stream().map(c -> c.get("id")).toList(), equalTo(List.of(john)));
        assertThat(found.get(0).get("reasons"), equalTo(List.of("same date of birth and a similar name")));
        // Typed the wrong way round, and with an accent.
        query.putAll(Map.of("firstName", "Smith", "lastName", "Jóhn"));
        assertThat(check(query).size(), equalTo(1));
        // The same name on another day is someone else.
        query.putAll(Map.of("firstName", "John", "lastName", "Smith", "dateOfBirth", born.plusDays(1).toString()));
        assertThat(check(query), empty());
    }

    @Test
    void theSameInsuranceNumberPhoneOrEmailIsALikelyDuplicateWhateverTheName() {
        String suffix = String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
        String id = worker.refer(anActiveClient().named("Ruth", "Kerr").bornOn(uniqueBirthday())
                .with("nationalInsuranceNumber", "QQ " + suffix.substring(0, 2) + " " + suffix.substring(2, 4) + " "
                        + suffix.substring(4) + " C")
                .with("phone", "07700 9" + suffix.substring(1)).with("email", "ruth." + suffix + "@example.org"));
        worker.request().get("/api/v1/clients/{id}", id).then().body("nationalInsuranceNumber", equalTo("QQ" + suffix + "C"));

        List<Map<String, Object>> byNumber = check(Map.of("nationalInsuranceNumber", "qq" + suffix + "c"));
        assertThat(byNumber.get(0).get("reasons"), equalTo(List.of("same National Insurance number")));
        List<Map<String, Object>> byPhone = check(Map.of("firstName", "Someone", "phone", "+44 7700 9" + suffix.substring(1)));
        assertThat(byPhone.get(0).get("reasons"), equalTo(List.of("same phone number")));
        List<Map<String, Object>> byEmail = check(Map.of("email", "RUTH." + suffix + "@Example.org"));
        assertThat(byEmail.get(0).get("reasons"), equalTo(List.of("same email address")));
        // Editing the record itself does not find itself.
        assertThat(check(Map.of("email", "ruth." + suffix + "@example.org", "excluding", id)), empty());

        worker.request().body(anActiveClient().with("nationalInsuranceNumber", "12345678").build())
                .post("/api/v1/clients").then().statusCode(400).body("errors.field", hasItem("nationalInsuranceNumber"));
        // Another organisation's records are never candidates.
        Api.as(Tokens.worker(Tokens.SOUTH)).request().body(Map.of("nationalInsuranceNumber", "QQ" + suffix + "C"))
                .post("/api/v1/clients/duplicate-check").then().statusCode(200).body("$", empty());
    }

    @Test
    void mergingMovesEverythingToTheKeptRecordAndLeavesAPointer() {
        LocalDate born = uniqueBirthday();
        String kept = worker.refer(anActiveClient().named("Alasdair", "Grant").bornOn(born));
        String duplicate = worker.refer(anActiveClient().named("Alistair", "Grant").bornOn(born)
                .with("phone", "07700 900777").with("clientGroups", List.of("AUTISM")));
        contact(kept, "kept 1");
        contact(duplicate, "duplicate 1");
        contact(duplicate, "duplicate 2");
        worker.moveStage(duplicate, "VOCATIONAL_PROFILING", null).statusCode(201);
        String job = worker.outcome(duplicate, aJobGainedWith(worker.employer("Merge Cafe")));
        worker.request().body(Map.of("goal", "Find work in a cafe")).post("/api/v1/clients/{id}/action-plan", duplicate)
                .then().statusCode(201);
        Api advisor = Api.as(Tokens.newAdvisor("Merge Advisor", Tokens.NORTH));
        String slot = advisor.slot(LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(9).withHour(10).withMinute(0)
                .withSecond(0).withNano(0));
        worker.book(slot, duplicate);

        admin.request().body(Map.of("mergedClientId", duplicate, "reason", "Referred twice, by the Jobcentre and by self-referral"))
                .post("/api/v1/clients/{id}/merges", kept).then().statusCode(201)
                .body("mergedClientId", equalTo(duplicate))
                .body("moved", containsString("contacts 2"))
                .body("moved", containsString("stage moves 2"))
                .body("moved", containsString("job outcomes 1"))
                .body("moved", containsString("action-plan goals 1"))
                .body("moved", containsString("assessment bookings 1"))
                .body("filled", equalTo("phone"));

        worker.request().get("/api/v1/clients/{id}/contacts", kept).then().statusCode(200)
                .body("items.notes", containsInAnyOrder("kept 1", "duplicate 1", "duplicate 2"));
        worker.request().get("/api/v1/clients/{id}/outcomes", kept).then().body("id", equalTo(List.of(job)));
        worker.request().get("/api/v1/clients/{id}/bookings", kept).then().body("size()", equalTo(1));
        worker.request().get("/api/v1/clients/{id}", kept).then()
                .body("phone", equalTo("07700 900777"))
                .body("clientGroups", containsInAnyOrder("MENTAL_HEALTH_PROBLEM", "AUTISM"));
        worker.request().get("/api/v1/clients/{id}", duplicate).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("MERGED"))
                .body("mergedInto", equalTo(kept));
        // Explained afterwards, from either record.
        worker.request().get("/api/v1/clients/{id}/merges", duplicate).then()
                .body("reason", equalTo(List.of("Referred twice, by the Jobcentre and by self-referral")))
                .body("mergedByName", equalTo(List.of("Test admin-north-works")));
        // A merged record is no longer offered as a duplicate, and cannot be merged again.
        assertThat(check(Map.of("firstName", "Alistair", "lastName", "Grant",
                "dateOfBirth", born.toString())).stream().map(c -> c.get("id")).toList(), equalTo(List.of(kept)));
        admin.request().body(Map.of("mergedClientId", duplicate, "reason", "again"))
                .post("/api/v1/clients/{id}/merges", kept).then().statusCode(409);
    }

    @Test
    void consentOnTheDuplicateComesWithWhatItCovered() {
        LocalDate born = uniqueBirthday();
        String kept = worker.refer(aReferral().named("Seonaid", "Munro").bornOn(born));
        String duplicate = worker.refer(anActiveClient().named("Shona", "Munro").bornOn(born)
                .with("consentScope", List.of("SUPPORT", "SHARE_WITH_EMPLOYERS")));

        admin.request().body(Map.of("mergedClientId", duplicate, "reason", "Same person, two spellings"))
                .post("/api/v1/clients/{id}/merges", kept).then().statusCode(201)
                .body("filled", equalTo("consent"));
        worker.request().get("/api/v1/clients/{id}", kept).then()
                .body("status", equalTo("ACTIVE")).body("consentGiven", equalTo(true))
                .body("consentScope", containsInAnyOrder("SUPPORT", "SHARE_WITH_EMPLOYERS"));
    }

    @Test
    void onlyAnAdministratorMergesAndNeverAcrossOrganisations() {
        String one = worker.refer(anActiveClient());
        String two = worker.refer(anActiveClient());
        worker.request().body(Map.of("mergedClientId", two, "reason", "same"))
                .post("/api/v1/clients/{id}/merges", one).then().statusCode(403);
        String elsewhere = Api.as(Tokens.worker(Tokens.SOUTH)).refer(anActiveClient());
        admin.request().body(Map.of("mergedClientId", elsewhere, "reason", "same"))
                .post("/api/v1/clients/{id}/merges", one).then().statusCode(404);
        admin.request().body(Map.of("mergedClientId", one, "reason", "same"))
                .post("/api/v1/clients/{id}/merges", one).then().statusCode(400).body("errors.field", hasItem("mergedClientId"));
        worker.request().body(Map.of("reason", "MERGED")).post("/api/v1/clients/{id}/closure", two).then().statusCode(400);
    }

    private void contact(String client, String notes) {
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", notes))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
    }
}
