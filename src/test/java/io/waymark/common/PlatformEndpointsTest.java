package io.waymark.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessIsUpWithTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/clients"))
                .body("paths", hasKey("/api/v1/clients/{clientId}/stage-moves"))
                .body("paths", hasKey("/api/v1/clients/{clientId}/contacts"));
    }

    @Test
    void theFrontDoorIsPublicAndLeadsToSignIn() {
        given().get("/").then().statusCode(200).contentType("text/html")
                .body(containsString("<a href=\"/app\">Sign in</a>"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
