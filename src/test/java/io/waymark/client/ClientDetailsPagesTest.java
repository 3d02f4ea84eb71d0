package io.waymark.client;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client's details are edited on their own page; an edit that crossed someone else's loses nothing. */
@QuarkusTest
class ClientDetailsPagesTest {

    private static final String WORKER = Tokens.worker(Tokens.NORTH);
    private final Api worker = Api.as(WORKER);

    private RequestSpecification form(String page) {
        String csrf = given().auth().oauth2(WORKER).get(page).then().statusCode(200).extract().cookie("csrf-token");
        return given().auth().oauth2(WORKER).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf);
    }

    private static RequestSpecification details(RequestSpecification form, String version, String phone) {
        return form.formParam("version", version).formParam("firstName", "Kirsty").formParam("lastName", "Balfour")
                .formParam("dateOfBirth", "1985-04-12").formParam("gender", "WOMAN").formParam("phone", phone)
                .formParam("localAuthority", "Glasgow City").formParam("programme", "NO_ONE_LEFT_BEHIND")
                .formParam("referralSource", "JOBCENTRE_PLUS").formParam("referralDate", "2026-10-01")
                .formParam("consentDate", "2026-10-05").formParam("supportLevel", "UNDER_7_HOURS")
                .formParam("clientGroups", "MENTAL_HEALTH_PROBLEM");
    }

    private String client() {
        return worker.refer(anActiveClient().named("Kirsty", "Balfour").referredOn(java.time.LocalDate.parse("2026-10-01"))
                .consentedOn(java.time.LocalDate.parse("2026-10-05")));
    }

    @Test
    void theDetailsPageSavesAnEditAndSaysSo() {
        String client = client();
        String page = "/app/clients/" + client + "/details";
        given().auth().oauth2(WORKER).get(page).then().statusCode(200).body(containsString("value=\"Balfour\""));
        String saved = details(form(page), "0", "07700 900111").post(page).then().statusCode(303)
                .header("Location", containsString("/app/clients/" + client)).extract().cookie("waymark-saved");
        given().auth().oauth2(WORKER).cookie("waymark-saved", saved).get("/app/clients/" + client).then()
                .body(containsString("Details saved: Kirsty Balfour"));
        worker.request().get("/api/v1/clients/{id}", client).then().body("phone", equalTo("07700 900111"));
    }

    @Test
    void anEditThatCrossedAnotherShowsBothAndKeepsWhatWasTyped() {
        String client = client();
        String page = "/app/clients/" + client + "/details";
        RequestSpecification mine = form(page);
        // Someone else saves a new email first, through the API.
        Map<String, Object> theirs = new java.util.HashMap<>(anActiveClient().named("Kirsty", "Balfour")
                .referredOn(java.time.LocalDate.parse("2026-10-01")).consentedOn(java.time.LocalDate.parse("2026-10-05"))
                .with("email", "kirsty@example.org").build());
        worker.request().header("If-Match", 0).body(theirs).put("/api/v1/clients/{id}", client).then().statusCode(200);

        details(mine, "0", "07700 900222").post(page).then().statusCode(409).contentType(startsWith("text/html"))
                .body(containsString("Someone else saved this record while you were editing it"))
                .body(containsString("kirsty@example.org"))
                .body(containsString("value=\"07700 900222\""))
                .body(containsString("name=\"version\" value=\"1\""));
        worker.request().get("/api/v1/clients/{id}", client).then()
                .body("phone", equalTo(null)).body("email", equalTo("kirsty@example.org"));
    }

    @Test
    void aCaseIsClosedFromItsPageWithAReasonAndNotBeforeItsLastEvent() {
        String client = client();
        String page = "/app/clients/" + client;
        form(page).formParam("closureReason", "MOVED_AWAY").formParam("closedOn", "2026-10-02")
                .post(page + "/closure").then().statusCode(400)
                .body(containsString("Closed on: the case has its consent on 2026-10-05"));
        form(page).formParam("closureReason", "MOVED_AWAY").formParam("closedOn", "2026-10-06")
                .post(page + "/closure").then().statusCode(303);
        worker.request().get("/api/v1/clients/{id}", client).then()
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2026-10-06"));
    }
}
