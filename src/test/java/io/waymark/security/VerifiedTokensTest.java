package io.waymark.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A bearer token's signature is checked once in its lifetime, and the token is refused once it has expired. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    MeterRegistry meters;

    @Test
    void aTokenIsVerifiedOnceThenTakenAsVerifiedForEachLaterRequest() {
        String token = Tokens.token("first-use-" + UUID.randomUUID(), Tokens.NORTH, Roles.WORKER);
        double checkedBefore = count("checked");
        double reusedBefore = count("reused");

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        }

        assertEquals(1, count("checked") - checkedBefore, "signature checks; reused " + (count("reused") - reusedBefore));
        assertEquals(2, count("reused") - reusedBefore, "requests taken as verified");
    }

    @Test
    void anExpiredTokenIsRefusedEvenAfterItWasVerified() throws InterruptedException {
        long expiresAt = Instant.now().getEpochSecond() + 2;
        String token = Jwt.subject("short-" + UUID.randomUUID()).preferredUserName("short-lived")
                .claim("organisation", Tokens.NORTH).claim("realm_access", Map.of("roles", List.of(Roles.WORKER)))
                .issuer("https://server.example.com").audience("https://service.example.com")
                .expiresAt(expiresAt).sign();
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);

        while (Instant.now().getEpochSecond() <= expiresAt) {
            Thread.sleep(200);
        }

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenThatFailedIsCheckedAgainAndStillRefused() {
        String forAnotherAudience = Jwt.subject("worker-north-works").claim("organisation", Tokens.NORTH)
                .claim("realm_access", Map.of("roles", List.of(Roles.WORKER)))
                .issuer("https://server.example.com").audience("another-client").sign();
        given().auth().oauth2(forAnotherAudience).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(forAnotherAudience).get("/api/v1/me").then().statusCode(401);
    }

    private double count(String result) {
        return meters.counter("waymark.tokens.verified", "result", result).count();
    }
}
