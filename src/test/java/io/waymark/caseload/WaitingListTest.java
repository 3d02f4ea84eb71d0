package io.waymark.caseload;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitingListTest {

    private final Api intake = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void urgentCasesComeFirstThenTheLongestReferred() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Morag", 5).build();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String referred30 = waitingClient(team, today.minusDays(30), false);
        String urgent10 = waitingClient(team, today.minusDays(10), true);
        String referred20 = waitingClient(team, today.minusDays(20), false);
        String urgent40 = waitingClient(team, today.minusDays(40), true);

        intake.request().get("/api/v1/teams/{id}/waiting-list", team.id()).then().statusCode(200)
                .body("clientId", equalTo(List.of(urgent40, urgent10, referred30, referred20)))
                .body("position", equalTo(List.of(1, 2, 3, 4)))
                .body("urgent", equalTo(List.of(true, true, false, false)))
                .body("daysWaiting", equalTo(List.of(40, 10, 30, 20)));
    }

    @Test
    void theNextClientGoesToTheWorkerWithTheMostRoom() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Neil", 2).withWorker("Orla", 4).build();
        team.lead().assign(intake.refer(anActiveClient()), team.worker("Orla").staffId()).statusCode(201);
        String first = waitingClient(team, LocalDate.now().minusDays(9), false);
        String second = waitingClient(team, LocalDate.now().minusDays(5), false);

        team.lead().request().get("/api/v1/teams/{id}/waiting-list/suggested-worker", team.id()).then()
                .body("name", equalTo("Orla")).body("activeClients", equalTo(1));
        team.lead().request().post("/api/v1/teams/{id}/waiting-list/next", team.id()).then().statusCode(201)
                .body("toWorkerName", equalTo("Orla"));
        intake.request().get("/api/v1/clients/{id}", first).then().body("workerId", equalTo(team.worker("Orla").staffId()));

        // Orla now has 2 of 4 and Neil 0 of 2: equal room, so the one with fewer cases.
        team.lead().request().post("/api/v1/teams/{id}/waiting-list/next", team.id()).then().statusCode(201)
                .body("toWorkerName", equalTo("Neil"));
        intake.request().get("/api/v1/clients/{id}", second).then().body("workerId", equalTo(team.worker("Neil").staffId()));

        team.lead().request().post("/api/v1/teams/{id}/waiting-list/next", team.id()).then().statusCode(409)
                .body("detail", equalTo("The waiting list is empty"));
    }

    @Test
    void theNextClientCanGoToANamedWorkerWithinTheirLimit() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Pete", 1).withWorker("Quinn", 3).build();
        team.lead().assign(intake.refer(anActiveClient()), team.worker("Pete").staffId()).statusCode(201);
        String waiting = waitingClient(team, LocalDate.now().minusDays(3), false);

        team.lead().request().body(Map.of("workerId", team.worker("Pete").staffId()))
                .post("/api/v1/teams/{id}/waiting-list/next", team.id()).then().statusCode(409).body("limit", equalTo(1));
        team.lead().request().body(Map.of("workerId", team.worker("Quinn").staffId()))
                .post("/api/v1/teams/{id}/waiting-list/next", team.id()).then().statusCode(201);
        intake.request().get("/api/v1/clients/{id}", waiting).then().body("workerId", equalTo(team.worker("Quinn").staffId()));
    }

    @Test
    void whenNobodyHasRoomTheClientKeepsWaiting() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Rab", 1).build();
        team.lead().assign(intake.refer(anActiveClient()), team.worker("Rab").staffId()).statusCode(201);
        String waiting = waitingClient(team, LocalDate.now().minusDays(3), false);
        team.lead().request().post("/api/v1/teams/{id}/waiting-list/next", team.id()).then().statusCode(409)
                .body("detail", containsString("has a free place"));
        intake.request().get("/api/v1/teams/{id}/waiting-list", team.id()).then().body("clientId", equalTo(List.of(waiting)));
    }

    @Test
    void anAssignedClientIsNotPutOnAWaitingList() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Sadie", 3).build();
        String client = intake.refer(anActiveClient());
        team.lead().assign(client, team.worker("Sadie").staffId()).statusCode(201);
        intake.request().body(Map.of("clientId", client)).post("/api/v1/teams/{id}/waiting-list", team.id())
                .then().statusCode(409).body("errors[0].field", equalTo("clientId"));
    }

    private String waitingClient(BuiltTeam team, LocalDate referred, boolean urgent) {
        String id = intake.refer(aReferral().referredOn(referred));
        intake.request().body(Map.of("clientId", id, "urgent", urgent)).post("/api/v1/teams/{id}/waiting-list", team.id())
                .then().statusCode(200);
        return id;
    }
}
