package io.waymark.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.waymark.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only tokens issued for Waymark's API are taken: one issued for anything else is a 401, whatever it claims. */
@QuarkusTest
class TokenAudienceTest {

    private static String tokenFor(String audience) {
        var token = Jwt.subject("worker-north-works").preferredUserName("worker-north-works")
                .claim("organisation", Tokens.NORTH).claim("realm_access", Map.of("roles", List.of(Roles.WORKER)))
                .issuer("https://server.example.com");
        return audience == null ? token.sign() : token.audience(audience).sign();
    }

    @Test
    void aTokenForWaymarksApiIsTaken() {
        given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefusedAsUnauthenticated() {
        given().auth().oauth2(tokenFor("another-client")).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(tokenFor(null)).get("/api/v1/me").then().statusCode(401);
    }
}
