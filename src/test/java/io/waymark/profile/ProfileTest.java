package io.waymark.profile;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.Tokens;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The vocational profile, written with the client: a new version each time, never changed once saved; printed and
 * made a PDF in their words, without what they chose not to tell employers about; kept with their documents.
 */
@QuarkusTest
class ProfileTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    static Map<String, Object> profile(boolean shareConditions) {
        Map<String, Object> words = new HashMap<>();
        words.put("workHistory", "Six years stacking shelves at the Co-op in Partick.");
        words.put("education", "National 5 English and Maths.");
        words.put("skills", "Careful with stock; good with customers; forklift licence.");
        words.put("interests", "Gardening and football.");
        words.put("workWanted", "Warehouse or garden centre work.");
        words.put("hoursWanted", "16 hours, mornings.");
        words.put("betterOff", "£42 a week better off at 16 hours.");
        words.put("conditions", "Epilepsy, well controlled: no work at heights.");
        words.put("shareConditions", shareConditions);
        words.put("supportAtWork", "A quiet place for breaks.");
        words.put("referees", "Mrs Jean Reid, store manager.");
        return words;
    }

    private Response write(String client, String basedOn, Map<String, Object> words) {
        return worker.request().header("If-Match", "\"" + basedOn + "\"").body(words)
                .put("/api/v1/clients/{id}/vocational-profile", client);
    }

    @Test
    void eachSaveIsANewDatedVersionAndTheEarlierOnesStayAsWritten() {
        String client = worker.refer(anActiveClient().named("Rory", "Profiled"));
        worker.request().get("/api/v1/clients/{id}/vocational-profile", client).then().statusCode(404);
        write(client, "0", profile(false)).then().statusCode(200).body("number", equalTo(1))
                .body("words.skills", equalTo("Careful with stock; good with customers; forklift licence."));
        Map<String, Object> second = profile(true);
        second.put("skills", "Forklift licence; first aid at work.");
        write(client, "1", second).then().statusCode(200).body("number", equalTo(2));
        write(client, "1", profile(false)).then().statusCode(409).body("errors[0].field", equalTo("version"));
        worker.request().get("/api/v1/clients/{id}/vocational-profile/versions", client).then()
                .body("number", equalTo(List.of(2, 1)));
        worker.request().get("/api/v1/clients/{id}/vocational-profile/versions/1", client).then()
                .body("words.skills", equalTo("Careful with stock; good with customers; forklift licence."))
                .body("words.shareConditions", equalTo(false));
        worker.request().get("/api/v1/clients/{id}/vocational-profile", client).then()
                .body("words.skills", equalTo("Forklift licence; first aid at work."));
        // Nothing written at all is refused, naming what to do.
        write(client, "2", Map.of("shareConditions", false)).then().statusCode(400)
                .body("errors[0].message", equalTo("write at least one part of the profile with the client"));
    }

    @Test
    void twentySavesBasedOnTheSameVersionAtOnceMakeOne() throws Exception {
        String client = worker.refer(anActiveClient().named("Rory", "Raced"));
        List<Integer> answers = AtOnce.send(AtOnce.TWENTY, i -> write(client, "0", profile(false)).statusCode());
        assertEquals(1, answers.stream().filter(s -> s == 200).count(), answers.toString());
        assertEquals(AtOnce.TWENTY - 1, answers.stream().filter(s -> s == 409).count(), answers.toString());
    }

    @Test
    void thePrintedProfileLeavesOutWhatTheClientChoseNotToShare() throws IOException {
        String client = worker.refer(anActiveClient().named("Rory", "Printed"));
        write(client, "0", profile(false)).then().statusCode(200);
        String withheld = text(pdf(client, "?version=1"));
        assertTrue(withheld.contains("Vocational profile: Rory Printed") && withheld.contains("forklift licence")
                && withheld.contains("Mrs Jean Reid, store manager."), withheld);
        assertFalse(withheld.contains("Epilepsy"), "not chosen to be shared: " + withheld);
        assertFalse(withheld.contains("£42"), "the better-off calculation stays on the record: " + withheld);

        write(client, "1", profile(true)).then().statusCode(200);
        String shared = text(pdf(client, ""));
        assertTrue(shared.contains("Conditions and adjustments I want employers to know about")
                && shared.contains("Epilepsy, well controlled: no work at heights."), shared);
        String cv = text(pdf(client, "?as=CV"));
        assertTrue(cv.contains("Curriculum vitae") && cv.contains("Six years stacking shelves"), cv);
        assertFalse(cv.contains("Epilepsy"), "a CV never carries health: " + cv);
        given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/clients/{id}/vocational-profile/print?version=1",
                client).then().statusCode(200).body(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Epilepsy")));

        // Kept with the documents, as the PDF it is.
        worker.request().post("/api/v1/clients/{id}/vocational-profile/document?as=CV", client).then()
                .statusCode(201).body("kind", equalTo("CV")).body("files[0].mediaType", equalTo("application/pdf"));
        worker.request().get("/api/v1/clients/{id}/documents", client).then()
                .body("title", equalTo(List.of("CV, version 2 of " + java.time.LocalDate.now())));
    }

    @Test
    void anotherOrganisationAndOtherRolesCannot() {
        String client = worker.refer(anActiveClient().named("Rory", "Private"));
        write(client, "0", profile(true)).then().statusCode(200);
        Api.as(Tokens.worker(Tokens.SOUTH)).request().get("/api/v1/clients/{id}/vocational-profile", client).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.worker(Tokens.SOUTH)).get("/api/v1/clients/{id}/vocational-profile/pdf", client)
                .then().statusCode(404);
        Api.as(Tokens.advisor(Tokens.NORTH)).request().header("If-Match", "\"1\"").body(profile(false))
                .put("/api/v1/clients/{id}/vocational-profile", client).then().statusCode(403);
        Api.as(Tokens.commissioner("profile-funder")).request().get("/api/v1/clients/{id}/vocational-profile", client)
                .then().statusCode(403);
    }

    @Test
    void subjectAccessHasEveryVersionAndAnErasureRemovesTheirWords() {
        String client = worker.refer(anActiveClient().named("Rory", "Erased"));
        write(client, "0", profile(true)).then().statusCode(200);
        Api admin = Api.as(Tokens.admin(Tokens.NORTH));
        admin.request().get("/api/v1/clients/{id}/subject-access", client).then().statusCode(200)
                .body("vocationalProfile.number", equalTo(List.of(1)))
                .body("vocationalProfile[0].words.conditions", equalTo("Epilepsy, well controlled: no work at heights."));
        worker.request().body(Map.of("reason", "WITHDREW", "closedOn", java.time.LocalDate.now().toString()))
                .post("/api/v1/clients/{id}/closure", client).then().statusCode(200);
        admin.request().body(Map.of("note", "Asked to be forgotten")).post("/api/v1/clients/{id}/erasure", client)
                .then().statusCode(200);
        worker.request().get("/api/v1/clients/{id}/vocational-profile", client).then().statusCode(200)
                .body("words.skills", equalTo("(erased)")).body("words.conditions", equalTo(null))
                .body("words.workHistory", equalTo(null)).body("words.referees", equalTo(null));
    }

    private static byte[] pdf(String client, String query) {
        return given().auth().oauth2(Tokens.worker(Tokens.NORTH))
                .get("/api/v1/clients/" + client + "/vocational-profile/pdf" + query).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
