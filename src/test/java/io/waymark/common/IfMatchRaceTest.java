package io.waymark.common;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Every record edited with If-Match, edited twenty times at once from the same version, again and again: exactly one
 * edit is saved, every other is refused as based on an old version, and what is stored is the saved edit, not a
 * mixture and not a lost one.
 */
@QuarkusTest
class IfMatchRaceTest {

    private static final LocalDate REFERRED = LocalDate.parse("2026-01-05");
    private static final LocalDate START = LocalDate.parse("2026-03-02");

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    /** Sends the twenty edits; asserts one 2xx and nineteen 409s, and that the stored value is the winner's. */
    private static void oneWins(IntFunction<Response> edit, Supplier<Object> stored, IntFunction<Object> valueOf)
            throws Exception {
        List<Integer> statuses = AtOnce.send(AtOnce.TWENTY, i -> edit.apply(i).statusCode());
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i) < 300) {
                winners.add(i);
            }
        }
        assertEquals(1, winners.size(), "edits saved: " + statuses);
        assertEquals(AtOnce.TWENTY - 1, statuses.stream().filter(s -> s == 409).count(), "refusals: " + statuses);
        assertEquals(String.valueOf(valueOf.apply(winners.get(0))), String.valueOf(stored.get()));
    }

    @RepeatedTest(3)
    void aClientsDetails() throws Exception {
        var referral = anActiveClient();
        String client = worker.refer(referral);
        Map<String, Object> details = referral.build();
        // Each edit its own copy of the details: a builder shared by twenty threads would mix their phones.
        oneWins(i -> {
                    Map<String, Object> edit = new java.util.HashMap<>(details);
                    edit.put("phone", "07700 9000" + (10 + i));
                    return worker.request().header("If-Match", 0).body(edit).put("/api/v1/clients/{id}", client);
                },
                () -> worker.request().get("/api/v1/clients/{id}", client).path("phone"), i -> "07700 9000" + (10 + i));
    }

    @RepeatedTest(3)
    void anEmployer() throws Exception {
        String name = "If-Match Employer " + UUID.randomUUID();
        String employer = worker.request().body(Map.of("name", name, "sector", "Retail")).post("/api/v1/employers")
                .then().statusCode(201).extract().path("id");
        oneWins(i -> worker.request().header("If-Match", 0).body(Map.of("name", name, "sector", "Sector " + i))
                        .put("/api/v1/employers/{id}", employer),
                () -> worker.request().get("/api/v1/employers/{id}", employer).path("sector"), i -> "Sector " + i);
    }

    @RepeatedTest(3)
    void anActionPlanGoal() throws Exception {
        String client = worker.refer(anActiveClient());
        String goal = worker.request().body(Map.of("goal", "Find work")).post("/api/v1/clients/{id}/action-plan", client)
                .then().statusCode(201).extract().path("id");
        oneWins(i -> worker.request().header("If-Match", 0).body(Map.of("goal", "Goal " + i))
                        .put("/api/v1/clients/{c}/action-plan/{g}", client, goal),
                () -> worker.request().get("/api/v1/clients/{id}/action-plan", client).path("[0].goal"), i -> "Goal " + i);
    }

    @RepeatedTest(3)
    void aJobOutcome() throws Exception {
        String client = worker.refer(anActiveClient().referredOn(REFERRED).consentedOn(REFERRED));
        String employer = worker.employer("If-Match Care " + UUID.randomUUID());
        String job = worker.outcome(client, aJobGainedWith(employer).startingOn(START));
        oneWins(i -> worker.request().header("If-Match", 0)
                        .body(aJobGainedWith(employer).startingOn(START).with("jobTitle", "Title " + i).build())
                        .put("/api/v1/clients/{c}/outcomes/{o}", client, job),
                () -> worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).path("jobTitle"),
                i -> "Title " + i);
    }

    @RepeatedTest(3)
    void aSustainmentChecksAnswer() throws Exception {
        String client = worker.refer(anActiveClient().referredOn(REFERRED).consentedOn(REFERRED));
        String job = worker.outcome(client, aJobGainedWith(worker.employer("If-Match Answer " + UUID.randomUUID()))
                .startingOn(START));
        String check = worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).path("followUps[0].id");
        String path = "/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer";
        int version = worker.request().body(Map.of("answer", "NO_ENGAGEMENT", "checkedOn", "2026-03-30"))
                .post(path, client, job, check).then().statusCode(200).extract().path("version");
        oneWins(i -> worker.request().header("If-Match", version).body(Map.of("answer", "UNKNOWN", "reason", "Reason " + i))
                        .put(path, client, job, check),
                () -> worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).path("followUps[0].reason"),
                i -> "Reason " + i);
    }

    @RepeatedTest(3)
    void anOutcomeDefinition() throws Exception {
        String name = "If-Match Definition " + UUID.randomUUID();
        String definition = admin.request().body(Map.of("name", name, "followUpSchedule", "P4W,P13W",
                        "countsRetained", true, "countsSelfEmployed", true)).post("/api/v1/outcome-definitions")
                .then().statusCode(201).extract().path("id");
        oneWins(i -> admin.request().header("If-Match", 0).body(Map.of("name", name, "followUpSchedule", "P" + (i + 1) + "W",
                        "countsRetained", true, "countsSelfEmployed", true))
                        .put("/api/v1/outcome-definitions/{id}", definition),
                () -> admin.request().get("/api/v1/outcome-definitions")
                        .path("find { it.id == '" + definition + "' }.followUpSchedule"),
                i -> "P" + (i + 1) + "W");
    }

    @RepeatedTest(3)
    void aJobRemovedAsRecordedInError() throws Exception {
        String client = worker.refer(anActiveClient().referredOn(REFERRED).consentedOn(REFERRED));
        String job = worker.outcome(client, aJobGainedWith(worker.employer("If-Match Removal " + UUID.randomUUID()))
                .startingOn(START));
        List<Integer> statuses = AtOnce.send(AtOnce.TWENTY, i -> worker.request().header("If-Match", 0)
                .body(Map.of("reason", "Recorded twice " + i)).delete("/api/v1/clients/{c}/outcomes/{o}", client, job)
                .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s < 300).count(), "removals done: " + statuses);
        assertEquals(List.of(), statuses.stream().filter(s -> s >= 300 && s != 409 && s != 404).toList());
        int kept = worker.request().get("/api/v1/clients/{id}/outcomes/removed", client).path("size()");
        assertEquals(1, kept, "one removal kept");
    }
}
