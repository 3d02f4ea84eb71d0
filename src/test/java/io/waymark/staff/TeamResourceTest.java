package io.waymark.staff;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    @Test
    void onlyAdminsCreateTeamsAndNamesAreUnique() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).build();
        admin.request().body(Map.of("name", team.name().toUpperCase())).post("/api/v1/teams")
                .then().statusCode(409).body("errors[0].field", equalTo("name"));
        team.lead().request().body(Map.of("name", "Lead's own team")).post("/api/v1/teams").then().statusCode(403);
        admin.request().body(Map.of("name", " ")).post("/api/v1/teams").then().statusCode(400);
    }

    @Test
    void aWorkerBelongsToOneTeamAtATimeAndTheirCasesMoveWithThem() {
        BuiltTeam from = aTeamIn(Tokens.NORTH).withWorker("Cal", 5).build();
        BuiltTeam to = aTeamIn(Tokens.NORTH).build();
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient());
        from.lead().assign(client, from.worker("Cal").staffId()).statusCode(201);

        to.lead().request().body(Map.of("role", "WORKER"))
                .put("/api/v1/teams/{team}/members/{staff}", to.id(), from.worker("Cal").staffId())
                .then().statusCode(200).body("teamId", equalTo(to.id()));

        admin.request().get("/api/v1/teams/{id}/members", from.id()).then().body("displayName", not(hasItem("Cal")));
        admin.request().get("/api/v1/teams/{id}/members", to.id()).then().body("displayName", hasItem("Cal"));
        admin.request().get("/api/v1/clients/{id}", client).then().body("teamId", equalTo(to.id()));
    }

    @Test
    void aWorkerWithOpenCasesCannotLeaveTheirTeam() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Dee", 5).build();
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient());
        team.lead().assign(client, team.worker("Dee").staffId()).statusCode(201);
        team.lead().request().delete("/api/v1/teams/{team}/members/{staff}", team.id(), team.worker("Dee").staffId())
                .then().statusCode(409);
        team.lead().assign(client, null).statusCode(201);
        team.lead().request().delete("/api/v1/teams/{team}/members/{staff}", team.id(), team.worker("Dee").staffId())
                .then().statusCode(204);
    }

    @Test
    void workersCannotChangeMembership() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Ed", 5).build();
        Api.as(team.worker("Ed").token()).request().body(Map.of("role", "TEAM_LEAD"))
                .put("/api/v1/teams/{team}/members/{staff}", team.id(), team.worker("Ed").staffId())
                .then().statusCode(403);
    }

    /** Seen in review: a call that only reads (their caseload) is often a user's first request, and must still note their roles. */
    @Test
    void theRolesAnAdminSeesAreThoseOfTheLastSignInEvenWhenTheFirstCallOnlyReads() {
        String username = "roles-" + java.util.UUID.randomUUID();
        String token = Tokens.named(username, "Roles Worker", Tokens.NORTH, io.waymark.security.Roles.WORKER);
        io.restassured.RestAssured.given().auth().oauth2(token).get("/api/v1/caseloads/mine").then().statusCode(200);

        Api.as(Tokens.admin(Tokens.NORTH)).request().get("/api/v1/staff").then().statusCode(200)
                .body("find { it.username == '" + username + "' }.roles", equalTo("worker"));
    }
}
