package io.waymark.caseload;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import org.junit.jupiter.api.Test;

/** Nobody is orphaned: a referral goes onto its worker's caseload, or their team's waiting list, and the limit holds. */
@QuarkusTest
class TakeOnTest {

    @Test
    void aWorkersReferralGoesOnTheirCaseloadUntilItIsFullThenTheReferralIsRefusedAndNotSaved() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Ailsa", 1).build();
        Api ailsa = Api.as(team.worker("Ailsa").token());
        String first = ailsa.request().body(aReferral().named("First", "Takeon").with("takeOn", "CASELOAD").build())
                .post("/api/v1/clients").then().statusCode(201)
                .extract().path("id");
        ailsa.request().get("/api/v1/clients/{id}", first).then().body("workerId", equalTo(team.worker("Ailsa").staffId()));
        ailsa.request().get("/api/v1/caseloads/mine").then().statusCode(200).body("activeClients", equalTo(1));

        ailsa.request().body(aReferral().named("Second", "Takeon").with("takeOn", "CASELOAD").build())
                .post("/api/v1/clients").then().statusCode(409)
                .body("errors[0].field", equalTo("takeOn"))
                .body("errors[0].message", containsString("your caseload is full (1 of 1 open cases)"));
        ailsa.request().queryParam("q", "Second Takeon").get("/api/v1/clients").then()
                .body("items.firstName", not(hasItem("Second")));

        String waiting = ailsa.request().body(aReferral().named("Second", "Takeon").with("takeOn", "WAITING_LIST").build())
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        ailsa.request().get("/api/v1/clients/{id}", waiting).then().body("workerId", nullValue());
        team.lead().request().get("/api/v1/teams/{t}/waiting-list", team.id()).then().statusCode(200)
                .body("clientId", hasItem(waiting));
    }

    @Test
    void aTeamLeadKeepsNoCaseloadAndSomeoneInNoTeamIsToldWhy() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Brodie", 5).build();
        team.lead().request().body(aReferral().with("takeOn", "CASELOAD").build()).post("/api/v1/clients").then()
                .statusCode(400).body("errors[0].field", equalTo("takeOn"));
        Api.as(Tokens.newWorker(Tokens.NORTH)).request().body(aReferral().with("takeOn", "WAITING_LIST").build())
                .post("/api/v1/clients").then().statusCode(400)
                .body("errors[0].message", containsString("you are not in a team"));
    }
}
