package io.waymark.web;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.aReferral;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import org.junit.jupiter.api.Test;

/** A page's form is taken only with the CSRF token of the page it came from; anything else changes nothing. */
@QuarkusTest
class CsrfTest {

    private static final String WORKER = Tokens.worker(Tokens.NORTH);

    private RequestSpecification contact() {
        return given().auth().oauth2(WORKER).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("channel", "PHONE").formParam("durationMinutes", "20").formParam("notes", "Called about the job");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedInPlainWordsAndNothingIsSaved() {
        String client = Api.as(WORKER).refer(aReferral());
        contact().post("/app/clients/" + client + "/contacts")
                .then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("Nothing was saved"));
        contactsOf(client, 0);
    }

    @Test
    void aFormWithAnotherTokenIsRefusedAndNothingIsSaved() {
        String client = Api.as(WORKER).refer(aReferral());
        String token = PageActsTest.csrfToken();
        contact().cookie("csrf-token", token).formParam("csrf-token", PageActsTest.csrfToken())
                .post("/app/clients/" + client + "/contacts")
                .then().statusCode(400).contentType(startsWith("text/html"));
        contact().formParam("csrf-token", token).post("/app/clients/" + client + "/contacts").then().statusCode(400);
        contactsOf(client, 0);
    }

    @Test
    void aFormWithItsTokenIsSavedAndSaysSo() {
        String client = Api.as(WORKER).refer(aReferral());
        String token = PageActsTest.csrfToken();
        String saved = contact().cookie("csrf-token", token).formParam("csrf-token", token)
                .post("/app/clients/" + client + "/contacts")
                .then().statusCode(303).header("Location", containsString("/app/clients/" + client))
                .extract().cookie("waymark-saved");
        contactsOf(client, 1);
        given().auth().oauth2(WORKER).cookie("waymark-saved", saved).get("/app/clients/" + client)
                .then().statusCode(200).body(containsString("Contact saved"));
    }

    @Test
    void theApiTakesJsonWithoutACsrfToken() {
        Api.as(WORKER).refer(aReferral());
    }

    private static void contactsOf(String client, int count) {
        Api.as(WORKER).request().get("/api/v1/clients/{id}/contacts", client)
                .then().statusCode(200).body("totalItems", equalTo(count));
    }
}
