package io.waymark.caseload;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Statements;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Ratios on a team built here, checked against figures worked out by hand in the comments. */
@QuarkusTest
class CaseloadRatiosTest {

    private final Api intake = Api.as(Tokens.worker(Tokens.NORTH));

    @Inject
    DataSource dataSource;

    @Test
    void aTeamsRatiosMatchTheFiguresWorkedOutByHand() throws Exception {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Tam", 10).withWorker("Una", 4).withWorker("Vic", 5).build();
        // Tam: 9 open cases of 10 (90%: near the limit): 6 at engagement, 2 in profiling, 1 in employer engagement.
        for (int i = 0; i < 9; i++) {
            String client = assignNew(team, "Tam");
            if (i < 3) {
                intake.moveStage(client, "VOCATIONAL_PROFILING", null).statusCode(201);
            }
            if (i == 0) {
                intake.moveStage(client, "EMPLOYER_ENGAGEMENT", null).statusCode(201);
            }
        }
        // A tenth case of Tam's, closed: it no longer counts.
        String closed = assignNew(team, "Tam");
        intake.request().body(Map.of("reason", "MOVED_AWAY")).post("/api/v1/clients/{id}/closure", closed).then().statusCode(200);
        // Una: 2 of 4 (50%). Vic: 3 of 5, then the limit is lowered to 2: 150%, over the limit, nobody unassigned.
        assignNew(team, "Una");
        assignNew(team, "Una");
        for (int i = 0; i < 3; i++) {
            assignNew(team, "Vic");
        }
        team.lead().request().body(Map.of("limit", 2))
                .put("/api/v1/caseloads/limits/{id}", team.worker("Vic").staffId()).then().statusCode(200);
        // Two clients waiting, one of them for 12 days.
        String waitingLongest = waitOn(team);
        waitOn(team);
        backdateWait(waitingLongest, 12);

        JsonPath ratios = team.lead().request().get("/api/v1/caseloads/teams/{id}", team.id())
                .then().statusCode(200).extract().jsonPath();

        assertEquals(3, ratios.getInt("workerCount"));
        assertEquals(14, ratios.getInt("activeClients"));        // 9 + 2 + 3
        assertEquals("1:4.7", ratios.getString("ratio"));        // 14 / 3 = 4.67
        assertEquals(16, ratios.getInt("totalCapacity"));        // 10 + 4 + 2
        assertEquals(3, ratios.getInt("freePlaces"));            // 1 + 2 + 0 (Vic is over, not below zero)
        assertEquals(2, ratios.getInt("waitingListLength"));
        assertEquals(12, ratios.getInt("oldestWaitDays"));

        assertWorker(ratios, "Tam", 9, 10, 90, true, false);
        assertEquals(6, ratios.getInt("workers.find { it.name == 'Tam' }.clientsPerStage.ENGAGEMENT"));
        assertEquals(2, ratios.getInt("workers.find { it.name == 'Tam' }.clientsPerStage.VOCATIONAL_PROFILING"));
        assertEquals(1, ratios.getInt("workers.find { it.name == 'Tam' }.clientsPerStage.EMPLOYER_ENGAGEMENT"));
        assertEquals(0, ratios.getInt("workers.find { it.name == 'Tam' }.clientsPerStage.JOB_MATCHING"));
        assertWorker(ratios, "Una", 2, 4, 50, false, false);
        assertWorker(ratios, "Vic", 3, 2, 150, false, true);

        // The admin's organisation view carries the same team figures.
        Api.as(Tokens.admin(Tokens.NORTH)).request().get("/api/v1/caseloads").then().statusCode(200)
                .body("teams.find { it.teamId == '" + team.id() + "' }.ratio", equalTo("1:4.7"))
                .body("teams.find { it.teamId == '" + team.id() + "' }.freePlaces", equalTo(3));
    }

    @Test
    void raisingALimitIsImmediate() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Wendy", 1).build();
        assignNew(team, "Wendy");
        String next = intake.refer(anActiveClient());
        team.lead().assign(next, team.worker("Wendy").staffId()).statusCode(409);
        team.lead().request().body(Map.of("limit", 2))
                .put("/api/v1/caseloads/limits/{id}", team.worker("Wendy").staffId()).then().statusCode(200)
                .body("caseloadLimit", equalTo(2));
        team.lead().assign(next, team.worker("Wendy").staffId()).statusCode(201);
    }

    @Test
    void aWorkerWithoutALimitOfTheirOwnHasTheOrganisationsDefault() {
        Api admin = Api.as(Tokens.admin(Tokens.SOUTH));
        BuiltTeam team = aTeamIn(Tokens.SOUTH).withWorker("Xander", null).build();
        try {
            admin.request().body(Map.of("limit", 12)).put("/api/v1/caseloads/default-limit").then().statusCode(200)
                    .body("defaultLimit", equalTo(12));
            team.lead().request().get("/api/v1/caseloads/teams/{id}", team.id()).then()
                    .body("workers[0].limit", equalTo(12)).body("totalCapacity", equalTo(12));
            Map<String, Object> backToDefault = new HashMap<>();
            backToDefault.put("limit", null);
            team.lead().request().body(Map.of("limit", 3))
                    .put("/api/v1/caseloads/limits/{id}", team.worker("Xander").staffId()).then().statusCode(200);
            team.lead().request().body(backToDefault)
                    .put("/api/v1/caseloads/limits/{id}", team.worker("Xander").staffId()).then().statusCode(200);
            team.lead().request().get("/api/v1/caseloads/teams/{id}", team.id()).then().body("workers[0].limit", equalTo(12));
        } finally {
            admin.request().body(Map.of("limit", 25)).put("/api/v1/caseloads/default-limit").then().statusCode(200);
        }
    }

    @Test
    void limitsOutOfRangeAreRefused() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Yvonne", 5).build();
        team.lead().request().body(Map.of("limit", 0))
                .put("/api/v1/caseloads/limits/{id}", team.worker("Yvonne").staffId()).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.as(Tokens.admin(Tokens.NORTH)).request().body(Map.of()).put("/api/v1/caseloads/default-limit")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theRatiosTakeTheSameStatementsForAnyTeamSize() {
        BuiltTeam small = aTeamIn(Tokens.NORTH).withWorker("Zara", 5).build();
        assignNew(small, "Zara");
        BuiltTeam large = aTeamIn(Tokens.NORTH).withWorker("A1", 5).withWorker("A2", 5).withWorker("A3", 5)
                .withWorker("A4", 5).withWorker("A5", 5).build();
        large.workers().keySet().forEach(name -> assignNew(large, name));
        waitOn(large);

        Statements smallTeam = statementsFor(small);
        Statements largeTeam = statementsFor(large);
        assertEquals(smallTeam.count(), largeTeam.count(), () -> "small: " + smallTeam + "\nlarge: " + largeTeam);
        // The tenant scoping, the lead's staff record (for the permission to see the team), and the ratios.
        assertTrue(largeTeam.count() <= 3, () -> "ratios took " + largeTeam);
    }

    @Test
    void workersSeeTheirOwnCaseloadButNotTheTeams() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Ben", 6).build();
        assignNew(team, "Ben");
        Api ben = Api.as(team.worker("Ben").token());
        ben.request().get("/api/v1/caseloads/mine").then().statusCode(200)
                .body("activeClients", equalTo(1)).body("limit", equalTo(6)).body("percentOfLimit", equalTo(17));
        ben.request().get("/api/v1/caseloads/teams/{id}", team.id()).then().statusCode(403);
        ben.request().get("/api/v1/caseloads").then().statusCode(403);
    }

    private Statements statementsFor(BuiltTeam team) {
        return Statements.during(dataSource, () -> team.lead().request().get("/api/v1/caseloads/teams/{id}", team.id())
                .then().statusCode(200));
    }

    private static void assertWorker(JsonPath ratios, String name, int active, int limit, int percent, boolean near,
            boolean over) {
        String row = "workers.find { it.name == '" + name + "' }.";
        assertEquals(active, ratios.getInt(row + "activeClients"), name);
        assertEquals(limit, ratios.getInt(row + "limit"), name);
        assertEquals(percent, ratios.getInt(row + "percentOfLimit"), name);
        assertEquals(near, ratios.getBoolean(row + "nearLimit"), name);
        assertEquals(over, ratios.getBoolean(row + "overLimit"), name);
    }

    private String assignNew(BuiltTeam team, String worker) {
        String client = intake.refer(anActiveClient());
        team.lead().assign(client, team.worker(worker).staffId()).statusCode(201);
        return client;
    }

    /** A referral made today, so it has waited 0 days. */
    private String waitOn(BuiltTeam team) {
        String client = intake.refer(aReferral().referredOn(LocalDate.now(ZoneId.of("Europe/London"))));
        intake.request().body(Map.of("clientId", client)).post("/api/v1/teams/{id}/waiting-list", team.id())
                .then().statusCode(200);
        return client;
    }

    /** The API stamps today on joining the list; a wait of some days is set directly. */
    private void backdateWait(String clientId, int days) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update client set waiting_since = current_date - ? where id = ?")) {
            update.setInt(1, days);
            update.setObject(2, UUID.fromString(clientId));
            assertEquals(1, update.executeUpdate());
        }
    }
}
