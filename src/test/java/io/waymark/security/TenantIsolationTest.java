package io.waymark.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Another organisation's client must look exactly like one that does not exist. */
@QuarkusTest
class TenantIsolationTest {

    private final Api north = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api south = Api.as(Tokens.worker(Tokens.SOUTH));
    private String northClient;

    @BeforeEach
    void referANorthClient() {
        northClient = north.refer(ClientBuilder.anActiveClient().named("Isla", "Northern"));
    }

    @Test
    void anotherOrganisationsClientIsNotFound() {
        south.request().get("/api/v1/clients/{id}", northClient)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No client with id " + northClient));
    }

    @Test
    void anotherOrganisationsClientCannotBeChanged() {
        south.request().header("If-Match", "0").body(ClientBuilder.aReferral().build())
                .put("/api/v1/clients/{id}", northClient).then().statusCode(404);
        south.request().body(Map.of("reason", "WITHDREW"))
                .post("/api/v1/clients/{id}/closure", northClient).then().statusCode(404);
        south.moveStage(northClient, "VOCATIONAL_PROFILING", null).statusCode(404);
        south.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", "hello"))
                .post("/api/v1/clients/{id}/contacts", northClient).then().statusCode(404);
        south.request().get("/api/v1/clients/{id}/contacts", northClient).then().statusCode(404);
        south.request().get("/api/v1/clients/{id}/stage-moves", northClient).then().statusCode(404);

        north.request().get("/api/v1/clients/{id}", northClient)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("currentStage", equalTo("ENGAGEMENT"));
        north.request().get("/api/v1/clients/{id}/contacts", northClient).then().body("totalItems", equalTo(0));
    }

    @Test
    void anotherOrganisationsClientsAreNotListed() {
        south.request().get("/api/v1/clients?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(northClient)));
        south.request().get("/api/v1/clients?q=Northern").then().body("totalItems", equalTo(0));
        north.request().get("/api/v1/clients?q=Northern").then().body("items.id", hasItem(northClient));
    }
}
