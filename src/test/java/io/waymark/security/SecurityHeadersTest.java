package io.waymark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every answer carries the browser security headers; an oversized body is refused before it is read. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/api/v1/me", "/q/health/ready"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("same-origin"))
                    // Plain http in tests: HSTS is for production over TLS only.
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedUnread() {
        String huge = "{\"notes\": \"" + "x".repeat(1_100_000) + "\"}";
        Api.as(Tokens.worker(Tokens.NORTH)).request().contentType(ContentType.JSON).body(huge)
                .post("/api/v1/clients/{id}/contacts", UUID.randomUUID()).then().statusCode(413);
    }
}
