package io.waymark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every answer carries the browser security headers; an oversized body is refused before it is read. */
@QuarkusTest
class SecurityHeadersTest {

    @TestHTTPResource("/")
    URI root;

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

    /** What carries personal data is never kept by a browser or a proxy; the stylesheet may be. */
    @Test
    void answersWithPersonalDataAreNotStored() {
        String worker = Tokens.worker(Tokens.NORTH);
        String client = io.waymark.support.Api.as(worker).refer(io.waymark.support.ClientBuilder.aReferral());
        for (String path : new String[] {"/api/v1/clients/" + client, "/api/v1/clients?q=test",
                "/app/clients/" + client, "/app/clients"}) {
            given().auth().oauth2(worker).get(path).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        }
        given().auth().oauth2(Tokens.admin(Tokens.NORTH)).get("/api/v1/clients/" + client + "/subject-access").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().get("/css/waymark.css").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.not(containsString("no-store")));
    }

    /**
     * The client asks before sending (Expect: 100-continue), as large uploads do: the server refuses on the declared
     * length alone, so no body is read. (Without it the refusal races the upload and the client may see a broken pipe.)
     */
    @Test
    void aBodyOverOneMegabyteIsRefusedUnread() throws Exception {
        String huge = "{\"notes\": \"" + "x".repeat(1_100_000) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/v1/clients/" + UUID.randomUUID() + "/contacts"))
                .header("Authorization", "Bearer " + Tokens.worker(Tokens.NORTH))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(huge))
                .build();
        HttpResponse<Void> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.discarding());
        assertEquals(413, response.statusCode());
    }
}
