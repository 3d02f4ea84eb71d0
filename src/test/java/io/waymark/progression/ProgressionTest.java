package io.waymark.progression;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress that is not yet a job, recorded on the client's record with its day; refused in plain words when wrong. */
@QuarkusTest
class ProgressionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    static Map<String, Object> progression(String kind, String what, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("what", what);
        body.put("happenedOn", on.toString());
        return body;
    }

    @Test
    void aWorkerRecordsProgressionsAndRemovesOneRecordedInError() {
        String client = worker.refer(anActiveClient().named("Iona", "Progressing"));
        Map<String, Object> volunteering = progression("VOLUNTEERING", "Volunteer at the Oxfam shop",
                TODAY.minusDays(9));
        volunteering.put("hoursPerWeek", 6.5);
        volunteering.put("endedOn", TODAY.minusDays(2).toString());
        worker.request().body(volunteering).post("/api/v1/clients/{id}/progressions", client).then().statusCode(201)
                .body("kind", equalTo("VOLUNTEERING")).body("hoursPerWeek", equalTo(6.5f))
                .body("recordedBy", equalTo("Test worker-north-works"));
        String wrong = worker.request().body(progression("QUALIFICATION_GAINED", "SVQ 2 in Retail", TODAY))
                .post("/api/v1/clients/{id}/progressions", client).then().statusCode(201).extract().path("id");
        worker.request().get("/api/v1/clients/{id}/progressions", client).then()
                .body("what", equalTo(List.of("SVQ 2 in Retail", "Volunteer at the Oxfam shop")));
        worker.request().header("If-Match", "\"1\"").delete("/api/v1/clients/{id}/progressions/{p}", client, wrong)
                .then().statusCode(409);
        worker.request().header("If-Match", "\"0\"").delete("/api/v1/clients/{id}/progressions/{p}", client, wrong)
                .then().statusCode(204);
        worker.request().get("/api/v1/clients/{id}/progressions", client).then()
                .body("what", equalTo(List.of("Volunteer at the Oxfam shop")));
    }

    @Test
    void aWrongProgressionIsRefusedNamingEachField() {
        String client = worker.refer(anActiveClient().named("Iona", "Refused"));
        Map<String, Object> future = progression("WORK_TRIAL", "Two weeks at the bakery", TODAY.plusDays(1));
        worker.request().body(future).post("/api/v1/clients/{id}/progressions", client).then().statusCode(400)
                .body("errors[0].field", equalTo("happenedOn"));
        Map<String, Object> backwards = progression("WORK_TRIAL", "Two weeks at the bakery", TODAY.minusDays(5));
        backwards.put("endedOn", TODAY.minusDays(6).toString());
        worker.request().body(backwards).post("/api/v1/clients/{id}/progressions", client).then().statusCode(400)
                .body("errors[0].field", equalTo("endedOn"));
        Map<String, Object> tooMany = progression("WORK_TRIAL", "Two weeks at the bakery", TODAY.minusDays(5));
        tooMany.put("hoursPerWeek", 70);
        worker.request().body(tooMany).post("/api/v1/clients/{id}/progressions", client).then().statusCode(400)
                .body("errors[0].field", equalTo("hoursPerWeek"));
        worker.request().body(Map.of("kind", "PAID_JOB", "what", "x", "happenedOn", TODAY.toString()))
                .post("/api/v1/clients/{id}/progressions", client).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        worker.request().get("/api/v1/clients/{id}/progressions", client).then().body("size()", equalTo(0));
    }

    @Test
    void anotherOrganisationAndOtherRolesCannot() {
        String client = worker.refer(anActiveClient().named("Iona", "Private"));
        Map<String, Object> course = progression("EDUCATION_OR_TRAINING_STARTED", "College: Horticulture", TODAY);
        Api.as(Tokens.worker(Tokens.SOUTH)).request().body(course).post("/api/v1/clients/{id}/progressions", client)
                .then().statusCode(404);
        Api.as(Tokens.worker(Tokens.SOUTH)).request().get("/api/v1/clients/{id}/progressions", client).then()
                .statusCode(404);
        Api.as(Tokens.advisor(Tokens.NORTH)).request().body(course).post("/api/v1/clients/{id}/progressions", client)
                .then().statusCode(403);
        Api.as(Tokens.commissioner("progression-funder")).request().get("/api/v1/clients/{id}/progressions", client)
                .then().statusCode(403);
    }
}
