package io.waymark.security;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.aReferral;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessTest {

    @Test
    void everyApiCallNeedsAToken() {
        given().get("/api/v1/clients").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().contentType(ContentType.JSON).body(aReferral().build()).post("/api/v1/clients").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void rolesDecideWhoMayChangeClientRecords() {
        String id = Api.as(Tokens.worker(Tokens.NORTH)).refer(aReferral());
        Api admin = Api.as(Tokens.admin(Tokens.NORTH));
        admin.request().get("/api/v1/clients/{id}", id).then().statusCode(200);
        admin.request().body(aReferral().build()).post("/api/v1/clients")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as(Tokens.advisor(Tokens.NORTH)).request().body(Map.of("reason", "WITHDREW"))
                .post("/api/v1/clients/{id}/closure", id).then().statusCode(403);
        Api.as(Tokens.token("no-roles", Tokens.NORTH)).request().get("/api/v1/clients").then().statusCode(403);
        Api.as(Tokens.teamLead(Tokens.NORTH)).refer(aReferral());
    }

    @Test
    void aTokenWithoutAnOrganisationIsForbidden() {
        Api.as(Tokens.withoutOrganisation()).request().get("/api/v1/clients")
                .then().statusCode(403).body("detail", containsString("not linked to an organisation"));
    }

    @Test
    void anUnregisteredOrganisationSeesNothingAndCannotWrite() {
        Api stranger = Api.as(Tokens.worker(Tokens.UNREGISTERED));
        stranger.request().get("/api/v1/clients").then().statusCode(200).body("totalItems", equalTo(0));
        stranger.request().body(aReferral().build()).post("/api/v1/clients")
                .then().statusCode(403).body("detail", containsString("not registered"));
    }

    @Test
    void staffAreLinkedToTheirAccountOnFirstSight() {
        Api newcomer = Api.as(Tokens.newWorker(Tokens.SOUTH));
        String id = newcomer.request().get("/api/v1/me").then().statusCode(200)
                .body("organisationCode", equalTo(Tokens.SOUTH))
                .body("organisationName", equalTo("South Care Supported Employment"))
                .body("roles", containsInAnyOrder("worker"))
                .extract().path("id");
        newcomer.request().get("/api/v1/me").then().body("id", equalTo(id));
    }
}
