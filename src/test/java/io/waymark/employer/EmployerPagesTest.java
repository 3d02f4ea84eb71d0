package io.waymark.employer;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Employer engagement and job matching from the pages: an employer added, a worksite visit noted, an opportunity
 * offered, a client proposed and moved to an accepted offer, and the job recorded from the opportunity.
 */
@QuarkusTest
class EmployerPagesTest {

    private static final String WORKER = Tokens.worker(Tokens.NORTH);
    private final Api worker = Api.as(WORKER);
    private String csrf;

    private RequestSpecification form() {
        if (csrf == null) {
            csrf = given().auth().oauth2(WORKER).get("/app/employers").then().statusCode(200).extract().cookie("csrf-token");
        }
        return given().auth().oauth2(WORKER).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf);
    }

    @Test
    void aVisitAnOpportunityAProposalAnAcceptedOfferAndTheJobFromIt() {
        String name = "Loch Page Bakery " + UUID.randomUUID().toString().substring(0, 6);
        form().formParam("name", "").formParam("sector", "Food").post("/app/employers").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("Name: this is required"))
                .body(containsString("value=\"Food\""));
        String employerPage = form().formParam("name", name).formParam("sector", "Food").formParam("sizeBand", "SMALL")
                .formParam("disabilityConfident", "COMMITTED").post("/app/employers").then().statusCode(303)
                .extract().header("Location");
        String employer = employerPage.substring(employerPage.lastIndexOf('/') + 1);
        given().auth().oauth2(WORKER).queryParam("q", name).queryParam("quiet", "yes").get("/app/employers").then()
                .body(containsString(name)).body(containsString("no contact in 30 days"));

        form().formParam("what", "Worksite visit: saw the bakehouse and the early shift").post(employerPage + "/engagements")
                .then().statusCode(303);
        form().formParam("title", "Bakery assistant").formParam("kind", "VACANCY").formParam("hoursPerWeek", "20")
                .formParam("hourlyPay", "£13.10").post(employerPage + "/opportunities").then().statusCode(303);
        given().auth().oauth2(WORKER).get(employerPage).then().statusCode(200)
                .body(containsString("Worksite visit: saw the bakehouse")).body(containsString("Bakery assistant"))
                .body(containsString("13.10"));
        worker.request().get("/api/v1/employers/{id}/engagements", employer).then().body("size()", equalTo(1));
        String opportunity = worker.request().get("/api/v1/employers/{id}/opportunities", employer).then()
                .extract().path("[0].id");

        String client = worker.refer(anActiveClient().named("Ruaridh", "Matchpage"));
        String reference = worker.request().get("/api/v1/clients/{id}", client).then().extract().path("reference");
        form().formParam("reference", "XX-999999").formParam("opportunityId", opportunity).post("/app/job-matches")
                .then().statusCode(400).body(containsString("Client&#39;s reference"))
                .body(containsString("value=\"XX-999999\""));
        form().formParam("reference", reference).formParam("opportunityId", opportunity).post("/app/job-matches")
                .then().statusCode(303);
        String match = worker.request().get("/api/v1/clients/{id}/job-matches", client).then()
                .body("status", equalTo(List.of("PROPOSED"))).extract().path("[0].id");
        given().auth().oauth2(WORKER).get("/app/job-matches").then().statusCode(200).body(containsString("Ruaridh Matchpage"));

        form().formParam("status", "ACCEPTED").post("/app/job-matches/" + client + "/" + match + "/steps").then()
                .statusCode(400).body(containsString("Move to: a match that is Proposed cannot become Accepted"));
        form().formParam("status", "OFFERED").post("/app/job-matches/" + client + "/" + match + "/steps").then()
                .statusCode(303);
        String accepted = form().formParam("status", "ACCEPTED").post("/app/job-matches/" + client + "/" + match + "/steps")
                .then().statusCode(303).extract().header("Location");
        // A browser does not send the fragment (#record-job) that opens the form.
        given().auth().oauth2(WORKER).get(accepted.replaceFirst("#.*", "")).then().statusCode(200)
                .body(containsString("name=\"jobMatchId\" value=\"" + match + "\""))
                .body(containsString("value=\"Bakery assistant\""))
                .body(containsString("value=\"13.10\""));

        form().formParam("jobMatchId", match).formParam("type", "GAINED").formParam("employerId", employer)
                .formParam("jobTitle", "Bakery assistant").formParam("sector", "Food").formParam("contractType", "PERMANENT")
                .formParam("startDate", LocalDate.now(java.time.ZoneId.of("Europe/London")).toString())
                .formParam("hoursPerWeek", "20").formParam("hourlyPay", "13.10")
                .post("/app/clients/" + client + "/outcomes").then().statusCode(303);
        worker.request().get("/api/v1/clients/{id}/outcomes", client).then()
                .body("jobMatchId", equalTo(List.of(match))).body("employerName", equalTo(List.of(name)));
    }
}
