package io.waymark.employer;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmployerResourceTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void anEmployerIsRecordedWithItsContactsAndSharedAcrossTheOrganisation() {
        String name = "Clydeside Bakery " + UUID.randomUUID().toString().substring(0, 6);
        String id = worker.request().body(Map.of("name", name, "sector", "Food production", "sizeBand", "SMALL",
                        "disabilityConfident", "COMMITTED", "localAuthority", "Glasgow City",
                        "contacts", List.of(Map.of("name", "Jan Lowe", "role", "Manager", "phone", "0141 000 0000"))))
                .post("/api/v1/employers").then().statusCode(201)
                .body("contacts[0].name", equalTo("Jan Lowe")).body("disabilityConfident", equalTo("COMMITTED"))
                .extract().path("id");
        Api.as(Tokens.teamLead(Tokens.NORTH)).request().get("/api/v1/employers/{id}", id).then().statusCode(200)
                .body("name", equalTo(name));
        Api.as(Tokens.worker(Tokens.SOUTH)).request().get("/api/v1/employers/{id}", id).then().statusCode(404);
        worker.request().body(Map.of("name", name.toLowerCase(), "sector", "Retail")).post("/api/v1/employers")
                .then().statusCode(409).body("errors[0].field", equalTo("name"));
    }

    @Test
    void badEmployerDetailsAreNamed() {
        worker.request().body(Map.of("name", "Nameless sector", "contacts", List.of(Map.of("email", "not-an-email"))))
                .post("/api/v1/employers").then().statusCode(400)
                .body("errors.field", equalTo(List.of("contacts[0].email", "contacts[0].name", "sector")));
    }

    @Test
    void aStaleEditOfAnEmployerIsRefused() {
        String id = worker.employer("Stale Edit Ltd");
        worker.request().header("If-Match", "0").body(Map.of("name", "Fresh Edit Ltd " + id, "sector", "Retail"))
                .put("/api/v1/employers/{id}", id).then().statusCode(200).body("version", equalTo(1));
        worker.request().header("If-Match", "0").body(Map.of("name", "Stale again " + id, "sector", "Retail"))
                .put("/api/v1/employers/{id}", id).then().statusCode(409);
        worker.request().get("/api/v1/employers/{id}", id).then().body("name", equalTo("Fresh Edit Ltd " + id));
    }

    @Test
    void engagementNotesAreListedNewestFirstWithWhoMadeThem() {
        String id = worker.employer("Notes Ltd");
        worker.request().body(Map.of("engagedOn", LocalDate.now().minusDays(5).toString(), "what", "Cold call about job carving"))
                .post("/api/v1/employers/{id}/engagements", id).then().statusCode(201);
        worker.request().body(Map.of("what", "Worksite review with the manager"))
                .post("/api/v1/employers/{id}/engagements", id).then().statusCode(201);
        worker.request().get("/api/v1/employers/{id}/engagements", id).then()
                .body("what", equalTo(List.of("Worksite review with the manager", "Cold call about job carving")))
                .body("[0].staffName", equalTo("Test worker-north-works"));
    }

    @Test
    void opportunitiesCarryHoursAndPayWithinBounds() {
        String id = worker.employer("Vacancies Ltd");
        String opportunity = worker.request().body(Map.of("title", "Shelf stacker", "kind", "VACANCY", "hoursPerWeek", 12.5,
                        "hourlyPay", 12.75)).post("/api/v1/employers/{id}/opportunities", id)
                .then().statusCode(201).body("status", equalTo("OPEN")).body("hoursPerWeek", equalTo(12.5f))
                .extract().path("id");
        worker.request().body(Map.of("title", "Too long", "kind", "VACANCY", "hoursPerWeek", 200))
                .post("/api/v1/employers/{id}/opportunities", id).then().statusCode(400)
                .body("errors[0].field", equalTo("hoursPerWeek"));
        worker.request().body(Map.of("status", "FILLED"))
                .put("/api/v1/employers/{id}/opportunities/{o}/status", id, opportunity).then().statusCode(200)
                .body("status", equalTo("FILLED"));
    }

    @Test
    void advisorsDoNotManageEmployers() {
        Api.as(Tokens.advisor(Tokens.NORTH)).request().get("/api/v1/employers").then().statusCode(403);
    }
}
