package io.waymark.customfield;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.Downloads;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import io.waymark.support.WestFields;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own fields: an administrator adds them, the API and the pages ask and check them by the same
 * service, the client list and the report filter by them, a retired field keeps its values, erasure removes the
 * personal ones, and another organisation sees none of it. In their own organisation, as a required field would refuse
 * every other test's referrals.
 */
@QuarkusTest
class CustomFieldTest {

    static final String FIELDS = WestFields.CODE;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api admin = Api.as(Tokens.admin(FIELDS));
    private final Api worker = Api.as(Tokens.worker(FIELDS));

    @BeforeEach
    void wardIsAsked() {
        WestFields.fieldsAreAsked();
    }

    private String refer(String lastName, Map<String, Object> custom) {
        return worker.refer(anActiveClient().named("Ailsa", lastName).with("custom", custom));
    }

    @Test
    void theApiAsksTheOrganisationsFieldsAndChecksEachByName() {
        admin.request().get("/api/v1/custom-fields").then().statusCode(200)
                .body("find { it.key == 'parental_status' }.kind", equalTo("ONE_OF"))
                .body("find { it.key == 'parental_status' }.personal", equalTo(true))
                .body("find { it.key == 'parental_status' }.required", equalTo(false));
        worker.request().body(anActiveClient().build()).post("/api/v1/clients").then().statusCode(400)
                .body("errors.field", hasItem("custom.council_ward"))
                .body("errors.find { it.field == 'custom.council_ward' }.message", equalTo("is required"));
        worker.request().body(anActiveClient().with("custom", Map.of("council_ward", "Narnia", "shoe_size", 9)).build())
                .post("/api/v1/clients").then().statusCode(400)
                .body("errors.find { it.field == 'custom.council_ward' }.message",
                        equalTo("must be one of Govan, Partick"))
                .body("errors.find { it.field == 'custom.shoe_size' }.message",
                        equalTo("is not one of your organisation's fields"));

        worker.request().body(anActiveClient().with("custom", Map.of("council_ward", "Govan", "hours_caring", "twelve"))
                .build()).post("/api/v1/clients").then().statusCode(400)
                .body("errors[0].message", equalTo("must be a number, such as 12 or 3.5"));

        String id = refer("Ward", Map.of("council_ward", "govan", "parental_status", "Lone parent", "hours_caring",
                "100.0"));
        JsonPath client = worker.request().get("/api/v1/clients/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("council_ward", "Govan", "parental_status", "Lone parent", "hours_caring", 100),
                client.getMap("custom"), "an option is kept as the list writes it, a number as a number");

        // An edit that leaves the fields out keeps them; one that clears an optional one clears just that.
        Map<String, Object> details = anActiveClient().named("Ailsa", "Ward").build();
        worker.request().header("If-Match", client.getString("version")).body(details).put("/api/v1/clients/{id}", id)
                .then().statusCode(200).body("custom.council_ward", equalTo("Govan"));
        details.put("custom", java.util.Collections.singletonMap("parental_status", null));
        worker.request().header("If-Match", client.getInt("version") + 1).body(details).put("/api/v1/clients/{id}", id)
                .then().statusCode(200).body("custom", equalTo(Map.of("council_ward", "Govan", "hours_caring", 100)));
    }

    @Test
    void thePagesAskTheSameFieldsAndKeepWhatWasTyped() {
        String token = TeamBuilder.aTeamIn(FIELDS).withWorker("Wendy", 10).build().worker("Wendy").token();
        String page = given().auth().oauth2(token).get("/app/clients/new").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<label for=\"custom.council_ward\">Council ward</label>")
                && page.contains("Parental status (optional)"), "the referral form asks the organisation's fields");

        String refused = referralForm(token).formParam("customKey", "council_ward").formParam("customValue", "")
                .formParam("customKey", "parental_status").formParam("customValue", "Not a parent")
                .post("/app/clients/new").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("There is a problem") && refused.contains("Council ward: this is required"), refused);
        assertTrue(refused.contains("<option value=\"Not a parent\" selected>"), "what was typed comes back");

        var response = referralForm(token).formParam("customKey", "council_ward").formParam("customValue", "Partick")
                .formParam("customKey", "parental_status").formParam("customValue", "")
                .post("/app/clients/new");
        assertEquals(303, response.statusCode(), response.asString());
        String saved = response.header("Location");
        String client = given().auth().oauth2(token).get(saved).then().statusCode(200).extract().asString();
        assertTrue(client.contains("<dt>Council ward</dt><dd>Partick</dd>"), "the client page shows the field");
    }

    private RequestSpecification referralForm(String token) {
        String csrf = given().auth().oauth2(token).get("/app/clients/new").then().statusCode(200).extract()
                .cookie("csrf-token");
        return given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf)
                .formParam("firstName", "Morag").formParam("lastName", "Page" + UUID.randomUUID().toString().substring(0, 6))
                .formParam("dateOfBirth", "1987-06-01").formParam("gender", "WOMAN")
                .formParam("localAuthority", "Glasgow City").formParam("programme", "NO_ONE_LEFT_BEHIND")
                .formParam("referralSource", "JOBCENTRE_PLUS").formParam("referralDate", TODAY.minusDays(3).toString())
                .formParam("supportLevel", "UNDER_7_HOURS").formParam("takeOn", "CASELOAD")
                .formParam("someoneNew", "yes");
    }

    @Test
    void aRetiredFieldIsNoLongerAskedAndItsValuesStay() {
        String key = "question_" + UUID.randomUUID().toString().substring(0, 6);
        JsonPath field = admin.request().body(Map.of("key", key, "label", "Old question", "kind", "YES_NO",
                "required", false, "personal", false, "position", 9)).post("/api/v1/custom-fields").then()
                .statusCode(201).extract().jsonPath();
        String answered = refer("Retiring", Map.of("council_ward", "Govan", key, "yes"));
        admin.request().header("If-Match", field.getString("version"))
                .post("/api/v1/custom-fields/{id}/retirement", field.getString("id")).then().statusCode(200)
                .body("retiredOn", equalTo(TODAY.toString()));
        worker.request().get("/api/v1/clients/{id}", answered).then().body("custom." + key, equalTo(true));
        worker.request().body(anActiveClient().with("custom", Map.of("council_ward", "Govan", key, "no")).build())
                .post("/api/v1/clients").then().statusCode(400)
                .body("errors[0].message", equalTo("was retired on " + TODAY + " and takes no new values"));
        String form = given().auth().oauth2(Tokens.worker(FIELDS)).get("/app/clients/new").then().extract().asString();
        assertFalse(form.contains("custom." + key), "the referral form no longer asks it");
        String page = given().auth().oauth2(Tokens.worker(FIELDS)).get("/app/clients/{id}", answered).then()
                .extract().asString();
        assertTrue(page.contains("<dt>Old question</dt><dd>Yes <span class=\"ref\">no longer asked</span></dd>"), page);
    }

    @Test
    void theClientListAndTheReportFilterByAField() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String govan = refer("Govan" + tag, Map.of("council_ward", "Govan"));
        String partick = refer("Partick" + tag, Map.of("council_ward", "Partick"));
        List<String> found = worker.request().queryParam("q", tag).queryParam("field", "council_ward")
                .queryParam("fieldValue", "partick").get("/api/v1/clients").then().statusCode(200).extract().jsonPath()
                .getList("items.id");
        assertEquals(List.of(partick), found);
        worker.request().queryParam("field", "shoe_size").queryParam("fieldValue", "9").get("/api/v1/clients").then()
                .statusCode(400).body("errors[0].field", equalTo("field"));
        List<String> file = Downloads.csvLines(Tokens.worker(FIELDS), "/api/v1/clients/export?format=csv&q=" + tag
                + "&field=council_ward&fieldValue=Partick");
        assertTrue(List.of(file.get(0).split(",")).containsAll(List.of("Team", "Parental status", "Council ward")),
                "a column for each of the organisation's fields: " + file.get(0));
        assertEquals(2, file.size(), String.join("\n", file));
        assertTrue(file.get(1).contains(",Partick"), file.get(1));

        Api lead = Api.as(Tokens.teamLead(FIELDS));
        int everyone = lead.request().queryParam("quarter", quarter()).get("/api/v1/reports/outcomes").then()
                .statusCode(200).extract().jsonPath().getInt("total.peopleSupported");
        int inGovan = lead.request().queryParam("quarter", quarter()).queryParam("field", "council_ward")
                .queryParam("fieldValue", "Govan").get("/api/v1/reports/outcomes").then().statusCode(200)
                .body("filter.field", equalTo("council_ward")).extract().jsonPath().getInt("total.peopleSupported");
        int wards = Integer.parseInt(worker.request().queryParam("field", "council_ward").queryParam("fieldValue", "Govan")
                .get("/api/v1/clients").then().extract().path("totalItems").toString());
        assertEquals(wards, inGovan, "the report counts the clients the list finds in Govan");
        assertTrue(inGovan >= 1 && inGovan < everyone, inGovan + " of " + everyone);
        String page = given().auth().oauth2(Tokens.teamLead(FIELDS)).get("/app/reports?quarter=" + quarter()
                + "&field=council_ward&fieldValue=Govan").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<option value=\"council_ward\" selected>Council ward</option>"), "the filter shows");
        assertTrue(govan != null);
    }

    private static String quarter() {
        return TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);
    }

    @Test
    void subjectAccessShowsTheFieldsAndErasureRemovesThePersonalOnes() {
        String client = refer("Erased", Map.of("council_ward", "Partick", "parental_status", "Lone parent"));
        admin.request().get("/api/v1/clients/{id}/subject-access", client).then().statusCode(200)
                .body("ownFields.label", equalTo(List.of("Parental status", "Council ward")))
                .body("ownFields.text", equalTo(List.of("Lone parent", "Partick")));
        worker.request().body(Map.of("reason", "WITHDREW", "closedOn", TODAY.toString()))
                .post("/api/v1/clients/{id}/closure", client).then().statusCode(200);
        admin.request().body(Map.of("note", "Asked to be forgotten")).post("/api/v1/clients/{id}/erasure", client)
                .then().statusCode(200).body("custom", equalTo(Map.of("council_ward", "Partick")));
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() {
        String ward = admin.request().get("/api/v1/custom-fields").then().extract().jsonPath()
                .getString("find { it.key == 'council_ward' }.id");
        Api north = Api.as(Tokens.admin(Tokens.NORTH));
        north.request().get("/api/v1/custom-fields").then().statusCode(200).body("key", not(hasItem("council_ward")));
        north.request().header("If-Match", "0").post("/api/v1/custom-fields/{id}/retirement", ward).then().statusCode(404);
        Api.as(Tokens.worker(Tokens.NORTH)).request().body(anActiveClient().with("custom",
                Map.of("council_ward", "Govan")).build()).post("/api/v1/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("custom.council_ward"));
        worker.request().body(Map.of("key", "anything", "label", "Anything", "kind", "TEXT"))
                .post("/api/v1/custom-fields").then().statusCode(403);
    }

    @Test
    void twentyAdministratorsAddingTheSameKeyAtOnceMakeOneField() throws Exception {
        String key = "same_" + UUID.randomUUID().toString().substring(0, 6);
        List<Integer> answers = AtOnce.send(AtOnce.TWENTY, i -> admin.request().body(Map.of("key", key,
                "label", "Same " + i, "kind", "NUMBER")).post("/api/v1/custom-fields").statusCode());
        assertEquals(1, answers.stream().filter(s -> s == 201).count(), answers.toString());
        assertEquals(19, answers.stream().filter(s -> s == 409).count(), answers.toString());
    }

    @Test
    void anAdministratorAddsAFieldOnThePage() {
        String token = Tokens.admin(FIELDS);
        String csrf = given().auth().oauth2(token).get("/app/fields").then().statusCode(200).extract().cookie("csrf-token");
        String refused = given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParam("label", "Benefits")
                .formParam("key", "benefits_" + UUID.randomUUID().toString().substring(0, 4)).formParam("kind", "SEVERAL_OF")
                .post("/app/fields").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Values to choose from: give the values to choose from")
                && refused.contains("value=\"Benefits\""), refused);
        given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParam("label", "Benefits")
                .formParam("key", "benefits_" + UUID.randomUUID().toString().substring(0, 4)).formParam("kind", "SEVERAL_OF")
                .formParam("options", "Universal Credit\nPIP\n").post("/app/fields").then().statusCode(303);
        given().auth().oauth2(Tokens.worker(FIELDS)).get("/app/fields").then().statusCode(403);

        // A refused change comes back as typed: the ward's "Required" box was unticked, and stays so.
        JsonPath ward = admin.request().get("/api/v1/custom-fields").then().extract().jsonPath()
                .setRootPath("find { it.key == 'council_ward' }");
        String changed = given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParam("version", ward.getString("version"))
                .formParam("label", "").formParam("options", "Govan\nPartick").formParam("position", "2")
                .post("/app/fields/" + ward.getString("id")).then().statusCode(400).extract().asString();
        assertTrue(changed.contains("Label: this is required")
                && changed.contains("id=\"required-" + ward.getString("id") + "\" name=\"required\" value=\"yes\">"),
                changed);
    }
}
