package io.waymark.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import org.junit.jupiter.api.Test;

/** A body that could mean two things is refused with a 400 that says why, never a 500 or a guess. */
@QuarkusTest
class StrictJsonTest {

    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    @Test
    void aKeyGivenTwiceIsRefused() {
        admin.request().body("{\"name\": \"Team A\", \"name\": \"Team B\"}").post("/api/v1/teams").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Invalid request"));
    }

    @Test
    void anythingAfterTheJsonIsRefused() {
        admin.request().body("{\"name\": \"Trailing Team\"}}xyz").post("/api/v1/teams").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aNumberOrABooleanForTextIsRefusedNamingTheField() {
        admin.request().body("{\"name\": 12345}").post("/api/v1/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("must be text"));
        admin.request().body("{\"name\": true}").post("/api/v1/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }
}
