package io.waymark.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.OutcomeBuilder;
import io.waymark.support.Tokens;
import java.util.UUID;
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
                .body("paths", hasKey("/api/v1/clients/{clientId}/contacts"))
                // The pages, each beside its feature, are for browsers: none of them is in the API's document.
                .body("paths.keySet().findAll { it.startsWith('/app') }", empty());
    }

    @Test
    void theFrontDoorIsPublicAndLeadsToSignIn() {
        given().get("/").then().statusCode(200).contentType("text/html")
                .body(containsString("<a href=\"/app\">Sign in</a>"));
    }

    @Test
    void metricsCountWhatWorkersDoAndHowLongRequestsTake() {
        Api worker = Api.as(Tokens.worker(Tokens.NORTH));
        double before = recordedGainedJobs();
        String client = worker.refer(ClientBuilder.anActiveClient());
        worker.outcome(client, OutcomeBuilder.aJobGainedWith(worker.employer("Metrics Bakery " + UUID.randomUUID())));

        assertEquals(before + 1, recordedGainedJobs());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"201\",uri=\"/api/v1/clients\"}"),
                "request latency by endpoint template, not by id");
        assertTrue(metrics.contains("agroal_active_count"), "the connection pool");
    }

    @Test
    void everyAnswerCarriesARequestIdAndACallersSafeIdIsKept() {
        given().get("/q/health/ready").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "lb-7f3a.2").get("/").then().header("X-Request-Id", equalTo("lb-7f3a.2"));
        given().header("X-Request-Id", "<script>\u00e9").get("/").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    private static double recordedGainedJobs() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("waymark_job_outcomes_recorded_total{") && l.contains("type=\"GAINED\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
