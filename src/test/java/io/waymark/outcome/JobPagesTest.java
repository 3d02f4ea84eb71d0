package io.waymark.outcome;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job's page puts a job right through the same rules as the API, and never loses what was typed. */
@QuarkusTest
class JobPagesTest {

    private static final String WORKER = Tokens.worker(Tokens.NORTH);
    private static final LocalDate START = LocalDate.parse("2026-03-02");

    private final Api worker = Api.as(WORKER);
    private String client;
    private String employer;
    private String job;
    private String page;
    private String csrf;

    @BeforeEach
    void aJob() {
        client = worker.refer(anActiveClient().referredOn(START.minusDays(40)).consentedOn(START.minusDays(39)));
        employer = worker.employer("Page Corrections Ltd");
        job = worker.outcome(client, aJobGainedWith(employer).startingOn(START));
        page = "/app/clients/" + client + "/jobs/" + job;
        csrf = given().auth().oauth2(WORKER).get(page).then().statusCode(200).extract().cookie("csrf-token");
    }

    private RequestSpecification form() {
        return given().auth().oauth2(WORKER).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf);
    }

    private RequestSpecification correction(String pay) {
        return form().formParam("version", "0").formParam("type", "GAINED").formParam("employerId", employer)
                .formParam("jobTitle", "Night porter").formParam("sector", "Hospitality")
                .formParam("contractType", "PERMANENT").formParam("startDate", "2026-03-09")
                .formParam("hoursPerWeek", "20").formParam("hourlyPay", pay);
    }

    @Test
    void theJobPageShowsTheJobReadyToCorrect() {
        given().auth().oauth2(WORKER).get(page).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("value=\"Kitchen assistant\""))
                .body(containsString("value=\"2026-03-02\""))
                .body(containsString("Remove a job recorded in error"));
    }

    @Test
    void aRefusedCorrectionComesBackWithWhatWasTypedAndSaysWhatToFix() {
        correction("£1.00").post(page).then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("There is a problem"))
                .body(containsString("Pay an hour: £1.00 an hour is below the minimum wage"))
                .body(containsString("value=\"Night porter\""))
                .body(containsString("value=\"£1.00\""));
        worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then()
                .body("jobTitle", equalTo("Kitchen assistant")).body("startDate", equalTo("2026-03-02"));
    }

    @Test
    void aSavedCorrectionSaysWhatWasSavedAndTheRecordFollows() {
        String saved = correction("£13.50").post(page).then().statusCode(303)
                .header("Location", containsString(page)).extract().cookie("waymark-saved");
        worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then()
                .body("jobTitle", equalTo("Night porter")).body("startDate", equalTo("2026-03-09"))
                .body("hourlyPay", equalTo(13.5f)).body("hoursPerWeek", equalTo(20.0f));
        given().auth().oauth2(WORKER).cookie("waymark-saved", saved).get(page).then().statusCode(200)
                .body(containsString("Job corrected: Night porter"));
        // The form was based on version 0, which is gone: a second save of it is refused, not applied over the first.
        correction("£14.00").post(page).then().statusCode(409).body(containsString("changed by someone else"));
    }

    @Test
    void aJobIsRemovedOnlyWithAReasonAndAConfirmation() {
        form().formParam("version", "0").formParam("reason", "Recorded on the wrong client").post(page + "/removal")
                .then().statusCode(400).body(containsString("tick the box to confirm"))
                .body(containsString("value=\"Recorded on the wrong client\""));
        worker.request().get("/api/v1/clients/{c}/outcomes", client).then().body("size()", equalTo(1));
        form().formParam("version", "0").formParam("reason", "Recorded on the wrong client").formParam("confirm", "yes")
                .post(page + "/removal").then().statusCode(303)
                .header("Location", allOf(containsString("/app/clients/" + client), not(containsString("/jobs/"))));
        worker.request().get("/api/v1/clients/{c}/outcomes", client).then().body("size()", equalTo(0));
        given().auth().oauth2(WORKER).get("/app/clients/" + client).then().statusCode(200)
                .body(containsString("Removed as recorded in error"))
                .body(containsString("Recorded on the wrong client"));
    }

    @Test
    void anAnswerIsCorrectedOnTheJobPageAndNotInEmploymentEndsTheJob() {
        String check = worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then()
                .extract().path("followUps[0].id");
        worker.request().body(Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 16, "verifiedBy", "CLIENT",
                "checkedOn", "2026-03-30")).post("/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer", client, job, check)
                .then().statusCode(200);
        form().formParam("version", "1").formParam("answer", "NOT_IN_EMPLOYMENT").formParam("verifiedBy", "EMPLOYER")
                .post(page + "/follow-ups/" + check).then().statusCode(400)
                .body(containsString("give the day the client stopped working in this job"));
        form().formParam("version", "1").formParam("answer", "NOT_IN_EMPLOYMENT").formParam("verifiedBy", "EMPLOYER")
                .formParam("notInEmploymentSince", "2026-03-27").post(page + "/follow-ups/" + check).then().statusCode(303);
        worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then()
                .body("endDate", equalTo("2026-03-27")).body("followUps[0].answer", equalTo("NOT_IN_EMPLOYMENT"))
                .body("hours.effectiveFrom", equalTo(List.of("2026-03-02")));
    }
}
