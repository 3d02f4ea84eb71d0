package io.waymark.outcome;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobMatchTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void aMatchGoesThroughThePipelineWithEachStepDated() {
        String client = worker.refer(anActiveClient());
        String employer = worker.employer("Pipeline Co");
        String opportunity = opportunity(employer);
        String match = worker.request().body(Map.of("opportunityId", opportunity, "note", "Likes early starts"))
                .post("/api/v1/clients/{id}/job-matches", client).then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("employerId", equalTo(employer))
                .body("opportunityTitle", equalTo("Porter")).extract().path("id");
        for (String status : List.of("APPLIED", "INTERVIEW", "OFFERED", "ACCEPTED")) {
            step(client, match, status).statusCode(200).body("status", equalTo(status));
        }
        worker.request().get("/api/v1/clients/{id}/job-matches", client).then()
                .body("[0].steps.status", equalTo(List.of("PROPOSED", "APPLIED", "INTERVIEW", "OFFERED", "ACCEPTED")))
                .body("[0].steps[0].note", equalTo("Likes early starts"));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        String client = worker.refer(anActiveClient());
        String match = worker.request().body(Map.of("employerId", worker.employer("Order Co")))
                .post("/api/v1/clients/{id}/job-matches", client).then().statusCode(201).extract().path("id");
        step(client, match, "ACCEPTED").statusCode(409).body("errors[0].field", equalTo("status"));
        step(client, match, "INTERVIEW").statusCode(200);
        step(client, match, "APPLIED").statusCode(409);
        step(client, match, "WITHDRAWN").statusCode(200);
        step(client, match, "OFFERED").statusCode(409);
    }

    @Test
    void aMatchNeedsAnOpenOpportunityOrAnEmployer() {
        String client = worker.refer(anActiveClient());
        worker.request().body(Map.of()).post("/api/v1/clients/{id}/job-matches", client)
                .then().statusCode(400).body("errors[0].field", equalTo("opportunityId"));
        String employer = worker.employer("Filled Co");
        String opportunity = opportunity(employer);
        worker.request().body(Map.of("status", "FILLED"))
                .put("/api/v1/employers/{id}/opportunities/{o}/status", employer, opportunity).then().statusCode(200);
        worker.request().body(Map.of("opportunityId", opportunity)).post("/api/v1/clients/{id}/job-matches", client)
                .then().statusCode(409);
    }

    private String opportunity(String employer) {
        return worker.request().body(Map.of("title", "Porter", "kind", "VACANCY", "hoursPerWeek", 20))
                .post("/api/v1/employers/{id}/opportunities", employer).then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse step(String client, String match, String status) {
        return worker.request().body(Map.of("status", status))
                .post("/api/v1/clients/{c}/job-matches/{m}/steps", client, match).then();
    }
}
