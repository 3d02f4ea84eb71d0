package io.waymark.audit;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The trail counts: each act writes one entry for each record it changes, no more and no fewer, also when the act
 * changes many records at once (a worker moving team takes their clients along).
 */
@QuarkusTest
class OneActOneEntryTest {

    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));
    private final Api intake = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void eachActWritesOneEntryForEachRecordItChanges() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Morag", 5).withWorker("Niall", 5).build();
        String client = intake.refer(anActiveClient());
        List<Long> seen = ids(client);

        intake.moveStage(client, "VOCATIONAL_PROFILING", null).statusCode(201);
        assertEquals(Map.of("CREATE StageMove", 1, "UPDATE Client", 1), newEntries(client, seen));

        seen = ids(client);
        team.lead().assign(client, team.worker("Morag").staffId()).statusCode(201);
        assertEquals(Map.of("CREATE Assignment", 1, "UPDATE Client", 1), newEntries(client, seen));

        seen = ids(client);
        team.lead().assign(client, team.worker("Niall").staffId()).statusCode(201);
        assertEquals(Map.of("CREATE Assignment", 1, "UPDATE Client", 1), newEntries(client, seen));
    }

    @Test
    void aWorkerMovingTeamTakesTheirClientsAlongAndEachClientsTrailSaysSo() {
        BuiltTeam from = aTeamIn(Tokens.NORTH).withWorker("Oona", 5).build();
        BuiltTeam to = aTeamIn(Tokens.NORTH).build();
        String first = intake.refer(anActiveClient());
        String second = intake.refer(anActiveClient());
        from.lead().assign(first, from.worker("Oona").staffId()).statusCode(201);
        from.lead().assign(second, from.worker("Oona").staffId()).statusCode(201);
        List<Long> seenFirst = ids(first);
        List<Long> seenSecond = ids(second);

        admin.request().body(Map.of("role", "WORKER"))
                .put("/api/v1/teams/{team}/members/{staff}", to.id(), from.worker("Oona").staffId())
                .then().statusCode(200);

        assertEquals(Map.of("UPDATE Client", 1), newEntries(first, seenFirst));
        assertEquals(Map.of("UPDATE Client", 1), newEntries(second, seenSecond));
        String changes = trail(first).getString("find { it.action == 'UPDATE' }.changes");
        assertEquals("{\"team\":[\"" + from.id() + "\",\"" + to.id() + "\"]}", changes);
    }

    @Test
    void aMergeAndAnErasureWriteOneEntryForEachRowTheyChange() {
        String kept = intake.refer(anActiveClient());
        String duplicate = intake.refer(anActiveClient());
        for (String notes : List.of("first", "second")) {
            intake.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", notes))
                    .post("/api/v1/clients/{id}/contacts", duplicate).then().statusCode(201);
        }
        List<Long> seen = ids(kept);

        admin.request().body(Map.of("mergedClientId", duplicate, "reason", "Referred twice"))
                .post("/api/v1/clients/{id}/merges", kept).then().statusCode(201);

        // The duplicate's two contacts and its first stage move now belong to the kept record, and its trail says so.
        Map<String, Integer> merged = newEntries(kept, seen);
        assertEquals(2, merged.get("UPDATE Contact"), merged.toString());
        assertEquals(1, merged.get("UPDATE StageMove"), merged.toString());

        intake.request().body(Map.of("reason", "WITHDREW")).post("/api/v1/clients/{id}/closure", kept).then().statusCode(200);
        seen = ids(kept);
        admin.request().body(Map.of("note", "Asked by email")).post("/api/v1/clients/{id}/erasure", kept)
                .then().statusCode(200);

        Map<String, Integer> erased = newEntries(kept, seen);
        assertEquals(2, erased.get("UPDATE Contact"), "each contact's notes erased, one entry each: " + erased);
        assertEquals(1, erased.get("CREATE ClientErasure"), erased.toString());
        assertEquals(1, erased.get("UPDATE Client"), erased.toString());
    }

    private JsonPath trail(String client) {
        return admin.request().queryParam("clientId", client).queryParam("size", 200).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath();
    }

    private List<Long> ids(String client) {
        return trail(client).getList("id", Long.class);
    }

    /** The entries written since the ids already seen, counted by action and entity (reads left out). */
    private Map<String, Integer> newEntries(String client, List<Long> seen) {
        JsonPath trail = trail(client);
        Map<String, Integer> counts = new TreeMap<>();
        List<Map<String, Object>> events = trail.getList("$");
        for (Map<String, Object> event : events) {
            long id = ((Number) event.get("id")).longValue();
            if (!seen.contains(id) && !"READ".equals(event.get("action"))) {
                counts.merge(event.get("action") + " " + event.get("entity"), 1, Integer::sum);
            }
        }
        return counts;
    }
}
