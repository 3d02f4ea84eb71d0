package io.waymark.caseload;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.TeamBuilder.Worker;
import io.waymark.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentTest {

    private final Api intake = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void anAssignmentAndATransferAreKeptInTheClientsHistory() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Ailsa", 5).withWorker("Bruce", 5).build();
        String client = intake.refer(anActiveClient());

        team.lead().assign(client, team.worker("Ailsa").staffId()).statusCode(201)
                .body("fromWorkerId", nullValue()).body("toWorkerName", equalTo("Ailsa"));
        team.lead().request().body(Map.of("workerId", team.worker("Bruce").staffId(), "reason", "Ailsa going part-time"))
                .post("/api/v1/clients/{id}/assignments", client).then().statusCode(201);

        intake.request().get("/api/v1/clients/{id}", client).then()
                .body("workerId", equalTo(team.worker("Bruce").staffId())).body("teamId", equalTo(team.id()));
        intake.request().get("/api/v1/clients/{id}/assignments", client).then().statusCode(200)
                .body("toWorkerName", equalTo(List.of("Ailsa", "Bruce")))
                .body("[1].fromWorkerName", equalTo("Ailsa"))
                .body("[1].reason", equalTo("Ailsa going part-time"))
                .body("[1].assignedByName", equalTo("Lead of " + team.name()));
    }

    @Test
    void anAssignmentOverTheLimitIsRefusedWithTheReasonAndChangesNothing() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Catriona", 2).build();
        Worker catriona = team.worker("Catriona");
        for (int i = 0; i < 2; i++) {
            team.lead().assign(intake.refer(anActiveClient()), catriona.staffId()).statusCode(201);
        }
        String third = intake.refer(anActiveClient());

        team.lead().assign(third, catriona.staffId())
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Catriona already has 2 open cases, and their limit is 2"))
                .body("workerName", equalTo("Catriona"))
                .body("caseload", equalTo(2))
                .body("limit", equalTo(2))
                .body("errors[0].field", equalTo("workerId"));

        intake.request().get("/api/v1/clients/{id}", third).then().body("workerId", nullValue());
        intake.request().get("/api/v1/clients/{id}/assignments", third).then().body("size()", equalTo(0));
        Api.as(catriona.token()).request().get("/api/v1/caseloads/mine").then().body("activeClients", equalTo(2));
    }

    @Test
    void aTransferOverTheLimitLeavesTheClientWithTheirWorker() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Dougie", 3).withWorker("Elspeth", 1).build();
        team.lead().assign(intake.refer(anActiveClient()), team.worker("Elspeth").staffId()).statusCode(201);
        String client = intake.refer(anActiveClient());
        team.lead().assign(client, team.worker("Dougie").staffId()).statusCode(201);

        team.lead().assign(client, team.worker("Elspeth").staffId()).statusCode(409).body("limit", equalTo(1));
        intake.request().get("/api/v1/clients/{id}", client).then().body("workerId", equalTo(team.worker("Dougie").staffId()));
    }

    @Test
    void ofParallelAssignmentsToTheLastFreePlaceExactlyOneWins() throws Exception {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Fraser", 3).build();
        Worker fraser = team.worker("Fraser");
        team.lead().assign(intake.refer(anActiveClient()), fraser.staffId()).statusCode(201);
        team.lead().assign(intake.refer(anActiveClient()), fraser.staffId()).statusCode(201);
        List<String> contenders = IntStream.range(0, 6).mapToObj(i -> intake.refer(anActiveClient())).toList();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        try {
            List<Future<Integer>> answers = contenders.stream().map(client -> pool.submit((Callable<Integer>) () -> {
                start.await();
                return team.lead().assign(client, fraser.staffId()).extract().statusCode();
            })).toList();
            start.countDown();
            List<Integer> statuses = answers.stream().map(AssignmentTest::get).sorted().toList();
            assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        Api.as(fraser.token()).request().get("/api/v1/caseloads/mine").then()
                .body("activeClients", equalTo(3)).body("limit", equalTo(3));
    }

    @Test
    void closingAClientFreesTheirPlace() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Gillian", 1).build();
        String first = intake.refer(anActiveClient());
        team.lead().assign(first, team.worker("Gillian").staffId()).statusCode(201);
        String second = intake.refer(anActiveClient());
        team.lead().assign(second, team.worker("Gillian").staffId()).statusCode(409);

        intake.request().body(Map.of("reason", "SUSTAINED_IN_WORK")).post("/api/v1/clients/{id}/closure", first)
                .then().statusCode(200);
        team.lead().assign(second, team.worker("Gillian").staffId()).statusCode(201);
    }

    @Test
    void takingTheCaseFromAWorkerPutsTheClientBackOnTheWaitingList() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Hamish", 4).build();
        String client = intake.refer(anActiveClient());
        team.lead().assign(client, team.worker("Hamish").staffId()).statusCode(201);

        team.lead().assign(client, null).statusCode(201).body("toWorkerId", nullValue()).body("fromWorkerName", equalTo("Hamish"));
        team.lead().request().get("/api/v1/teams/{id}/waiting-list", team.id()).then()
                .body("clientId", equalTo(List.of(client))).body("[0].daysWaiting", equalTo(0));
    }

    @Test
    void onlyTeamLeadsAndAdminsAssign() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Innes", 4).build();
        String client = intake.refer(anActiveClient());
        Api.as(team.worker("Innes").token()).assign(client, team.worker("Innes").staffId()).statusCode(403);
        Api.as(Tokens.admin(Tokens.NORTH)).assign(client, team.worker("Innes").staffId()).statusCode(201);
    }

    @Test
    void onlyAWorkerInATeamCanHoldCases() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Jess", 4).build();
        String client = intake.refer(anActiveClient());
        String lead = team.lead().request().get("/api/v1/me").then().extract().path("id");
        team.lead().assign(client, lead).statusCode(409).body("errors[0].field", equalTo("workerId"));
        String outsider = Api.as(Tokens.newWorker(Tokens.NORTH)).request().get("/api/v1/me").then().extract().path("id");
        team.lead().assign(client, outsider).statusCode(409);
        team.lead().assign(client, "9b0f2a1e-0000-4000-8000-000000000000").statusCode(400);
    }

    @Test
    void anotherOrganisationsClientsAndWorkersAreOutOfReach() {
        BuiltTeam north = aTeamIn(Tokens.NORTH).withWorker("Kirsty", 4).build();
        BuiltTeam south = aTeamIn(Tokens.SOUTH).withWorker("Lachlan", 4).build();
        String northClient = intake.refer(anActiveClient());
        south.lead().assign(northClient, south.worker("Lachlan").staffId()).statusCode(404);
        north.lead().assign(northClient, south.worker("Lachlan").staffId()).statusCode(400);
        south.lead().request().get("/api/v1/caseloads/teams/{id}", north.id()).then().statusCode(404);
    }

    private static Integer get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
