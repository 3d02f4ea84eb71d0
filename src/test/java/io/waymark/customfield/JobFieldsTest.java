package io.waymark.customfield;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import io.waymark.support.WestFields;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own fields on job outcomes: asked when a job is recorded or corrected (the API and the pages, by
 * the same check), shown on the job's page, in subject access, and a personal one removed by erasure.
 */
@QuarkusTest
class JobFieldsTest {

    private final Api admin = Api.as(Tokens.admin(WestFields.CODE));

    @BeforeEach
    void jobFieldsAreAsked() {
        WestFields.fieldsAreAsked();
        List<String> keys = admin.request().queryParam("record", "JOB_OUTCOME").get("/api/v1/custom-fields").then()
                .statusCode(200).extract().jsonPath().getList("key");
        if (!keys.contains("job_route")) {
            admin.request().body(Map.of("record", "JOB_OUTCOME", "key", "job_route", "label", "Route into the job",
                    "kind", "ONE_OF", "options", List.of("Open market", "Supported internship"), "position", 1))
                    .post("/api/v1/custom-fields").then().statusCode(201).body("record", equalTo("JOB_OUTCOME"));
            admin.request().body(Map.of("record", "JOB_OUTCOME", "key", "adjustments", "label", "Adjustments agreed",
                    "kind", "TEXT", "personal", true, "position", 2)).post("/api/v1/custom-fields").then()
                    .statusCode(201);
        }
    }

    @Test
    void aJobTakesTheOrganisationsJobFieldsCheckedAsTheClientsAre() {
        admin.request().get("/api/v1/custom-fields").then().body("key", not(hasItem("job_route")));
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(WestFields.CODE).withWorker("Jess Jobs", 10).build();
        Api worker = Api.as(team.worker("Jess Jobs").token());
        String client = worker.refer(anActiveClient().named("Jo", "Fields").with("custom", Map.of("council_ward", "Govan")));
        String employer = worker.employer("Route Bakery");

        worker.request().body(aJobGainedWith(employer).with("custom", Map.of("job_route", "Apprenticeship")).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(400)
                .body("errors[0].field", equalTo("custom.job_route"))
                .body("errors[0].message", equalTo("must be one of Open market, Supported internship"));
        JsonPath job = worker.request().body(aJobGainedWith(employer).with("custom", Map.of("job_route", "open market",
                "adjustments", "A quiet room for breaks")).build()).post("/api/v1/clients/{id}/outcomes", client)
                .then().statusCode(201).extract().jsonPath();
        assertEquals(Map.of("job_route", "Open market", "adjustments", "A quiet room for breaks"), job.getMap("custom"));

        // A correction that leaves the fields out keeps them.
        worker.request().header("If-Match", job.getString("version"))
                .body(aJobGainedWith(employer).with("jobTitle", "Baker").build())
                .put("/api/v1/clients/{c}/outcomes/{o}", client, job.getString("id")).then().statusCode(200)
                .body("jobTitle", equalTo("Baker")).body("custom.job_route", equalTo("Open market"));

        String page = given().auth().oauth2(team.worker("Jess Jobs").token())
                .get("/app/clients/{c}/jobs/{o}", client, job.getString("id")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<dt>Route into the job</dt><dd>Open market</dd>")
                && page.contains("<label for=\"custom.job_route\">Route into the job (optional)</label>"), page);

        admin.request().get("/api/v1/clients/{id}/subject-access", client).then().statusCode(200)
                .body("jobOutcomes[0].custom.adjustments", equalTo("A quiet room for breaks"));
        worker.request().body(Map.of("reason", "WITHDREW")).post("/api/v1/clients/{id}/closure", client).then()
                .statusCode(200);
        admin.request().body(Map.of("note", "Asked to be forgotten")).post("/api/v1/clients/{id}/erasure", client)
                .then().statusCode(200);
        admin.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job.getString("id")).then().statusCode(200)
                .body("custom", equalTo(Map.of("job_route", "Open market")));
    }

    @Test
    void theClientPageRecordsAJobWithItsFieldsAndARefusalKeepsThem() {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(WestFields.CODE).withWorker("Jamie Jobs", 10).build();
        String token = team.worker("Jamie Jobs").token();
        Api worker = Api.as(token);
        String client = worker.refer(anActiveClient().named("Jay", "Pages").with("custom", Map.of("council_ward", "Govan")));
        String employer = worker.employer("Page Cafe");
        String csrf = given().auth().oauth2(token).get("/app/clients/{id}", client).then().statusCode(200).extract()
                .cookie("csrf-token");
        Response refused = jobForm(token, csrf, employer, "Nowhere").post("/app/clients/{id}/outcomes", client);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("Route into the job: must be one of Open market, Supported internship")
                && refused.asString().contains("value=\"A ramp\""), refused.asString());
        jobForm(token, csrf, employer, "Supported internship").post("/app/clients/{id}/outcomes", client).then().statusCode(303);
        worker.request().get("/api/v1/clients/{id}/outcomes", client).then()
                .body("[0].custom", equalTo(Map.of("job_route", "Supported internship", "adjustments", "A ramp")));
    }

    /** The job form of the client's page; the own fields' values go in step with their keys. */
    private static io.restassured.specification.RequestSpecification jobForm(String token, String csrf, String employer,
            String route) {
        return given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParam("type", "GAINED")
                .formParam("employerId", employer).formParam("jobTitle", "Server").formParam("sector", "Hospitality")
                .formParam("contractType", "PERMANENT")
                .formParam("startDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(3).toString())
                .formParam("hoursPerWeek", "20").formParam("hourlyPay", "13.00")
                .formParam("customKey", "job_route").formParam("customValue", route)
                .formParam("customKey", "adjustments").formParam("customValue", "A ramp");
    }
}
