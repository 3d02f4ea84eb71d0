package io.waymark.lists;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
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
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
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
 * An organisation's own lists: a programme with its own outcome definition and follow-up schedule, a referral source,
 * a group of its own counted as an NDTi group, beside its required field; a client referred with them through the API
 * and the page is counted nationally by what they map to; a retired value stays on the records that have it; another
 * organisation sees none of it. In the organisation of {@code CustomFieldTest}, whose ward field is required.
 */
@QuarkusTest
class OwnListsTest {

    private static final String FIELDS = WestFields.CODE;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Map<String, Object> WARD = Map.of("council_ward", "Govan");

    private final Api admin = Api.as(Tokens.admin(FIELDS));
    private final Api worker = Api.as(Tokens.worker(FIELDS));

    @BeforeEach
    void theOrganisationsOwnValues() {
        WestFields.fieldsAreAsked();
        WestFields.listsHaveOwnValues();
    }

    private List<String> codes(String list) {
        return admin.request().get("/api/v1/lists/" + list).then().statusCode(200).extract().jsonPath().getList("code");
    }

    private String referOwn(String lastName) {
        return worker.refer(anActiveClient().named("Iona", lastName).with("programme", "GLASGOW_WORKS")
                .with("referralSource", "FOOD_BANK").with("clientGroups", List.of("BRAIN_INJURY"))
                .with("custom", Map.of("council_ward", "Partick")));
    }

    /** The only clients of the organisation's own programme in Partick are this test's. */
    @Test
    void aClientReferredWithOwnValuesIsCountedByWhatTheyMapTo() {
        admin.request().get("/api/v1/lists/programmes").then()
                .body("find { it.code == 'IPS' }.shipped", equalTo(true))
                .body("find { it.code == 'GLASGOW_WORKS' }.countsAs", equalTo("LOCAL_AUTHORITY_FUNDED"));
        Api lead = Api.as(Tokens.teamLead(FIELDS));
        int impairedBefore = peopleSupported(lead, "physical_or_sensory_impairment");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String id = referOwn("Own" + tag);
        worker.request().get("/api/v1/clients/{id}", id).then().statusCode(200)
                .body("programme", equalTo("GLASGOW_WORKS"))
                .body("referralSource", equalTo("FOOD_BANK"))
                .body("clientGroups", equalTo(List.of("BRAIN_INJURY", "PHYSICAL_OR_SENSORY_IMPAIRMENT")))
                .body("nationally.programme", equalTo("LOCAL_AUTHORITY_FUNDED"))
                .body("nationally.referralSource", equalTo("OTHER"))
                .body("nationally.clientGroups", equalTo(List.of("PHYSICAL_OR_SENSORY_IMPAIRMENT")));

        // The programme's own definition sets its jobs' checks.
        worker.request().body(aJobGainedWith(worker.employer("Works " + tag)).build())
                .post("/api/v1/clients/{id}/outcomes", id).then().statusCode(201)
                .body("followUps.label", equalTo(List.of("2 weeks", "10 weeks")));

        // The report filtered by the organisation's field counts the client under the national values.
        JsonPath partick = lead.request().queryParam("quarter", quarter()).queryParam("field", "council_ward")
                .queryParam("fieldValue", "Partick").queryParam("programme", "LOCAL_AUTHORITY_FUNDED")
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().jsonPath();
        int inPartick = worker.request().queryParam("field", "council_ward").queryParam("fieldValue", "Partick")
                .queryParam("programme", "LOCAL_AUTHORITY_FUNDED").get("/api/v1/clients").then().extract()
                .path("totalItems");
        assertEquals(1, inPartick);
        worker.request().queryParam("field", "council_ward").queryParam("fieldValue", "Partick")
                .queryParam("programme", "Glasgow Works").get("/api/v1/clients").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        worker.request().queryParam("programme", "NOWHERE").get("/api/v1/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("programme"));
        assertEquals(1, partick.getInt("total.peopleSupported"), partick.prettify());
        assertEquals(1, partick.getInt("total.peopleWithJobOutcome"), partick.prettify());

        // The quarterly return (the whole service) counts the client in the NDTi group their own group maps to, and
        // has no row of the organisation's own group.
        assertEquals(impairedBefore + 1, peopleSupported(lead, "physical_or_sensory_impairment"));
        assertFalse(quarterlyReturn(lead).toLowerCase().contains("brain_injury"), "the return has only the NDTi groups");
    }

    private static String quarterlyReturn(Api lead) {
        return lead.request().accept("text/csv").queryParam("quarter", quarter()).get("/api/v1/reports/quarterly-return")
                .then().statusCode(200).extract().asString();
    }

    /** The people supported in a client group's row of the quarterly return. */
    private static int peopleSupported(Api lead, String group) {
        List<String> rows = quarterlyReturn(lead).lines().toList();
        List<String> headings = List.of(rows.get(0).replace("\uFEFF", "").split(","));
        String row = rows.stream().filter(line -> line.contains(",client_group," + group + ",")).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", rows)));
        return Integer.parseInt(row.split(",")[headings.indexOf("people_supported")]);
    }

    @Test
    void theReferralPageOffersTheOwnValuesAndTheClientPageNamesThem() {
        String token = TeamBuilder.aTeamIn(FIELDS).withWorker("Isla Lists", 10).build().worker("Isla Lists").token();
        String form = given().auth().oauth2(token).get("/app/clients/new").then().statusCode(200).extract().asString();
        assertTrue(form.contains("<option value=\"GLASGOW_WORKS\">Glasgow Works</option>")
                && form.contains("<option value=\"FOOD_BANK\">Food bank</option>")
                && form.contains("value=\"BRAIN_INJURY\"> Acquired brain injury</label>")
                && form.contains("<option value=\"Na h-Eileanan Siar\">"), "the form offers the organisation's lists");

        String refused = referralForm(token).formParam("programme", "GLASGOW_WORKS").formParam("referralSource",
                "FOOD_BANK").formParam("clientGroups", "BRAIN_INJURY").formParam("localAuthority", "Gotham")
                .post("/app/clients/new").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Local authority: Gotham is not one of the organisation&#39;s local authorities"),
                refused);
        assertTrue(refused.contains("<option value=\"GLASGOW_WORKS\" selected>")
                && refused.contains("value=\"BRAIN_INJURY\" checked>"), "what was chosen comes back");

        Response saved = referralForm(token).formParam("programme", "GLASGOW_WORKS")
                .formParam("referralSource", "FOOD_BANK").formParam("clientGroups", "BRAIN_INJURY")
                .formParam("localAuthority", "glasgow city").post("/app/clients/new");
        assertEquals(303, saved.statusCode(), saved.asString());
        String page = given().auth().oauth2(token).get(saved.header("Location")).then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("<dd>Glasgow Works · Glasgow City</dd>") && page.contains("Acquired brain injury"),
                page);
    }

    private RequestSpecification referralForm(String token) {
        String csrf = given().auth().oauth2(token).get("/app/clients/new").then().statusCode(200).extract()
                .cookie("csrf-token");
        return given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf)
                .formParam("firstName", "Isla").formParam("lastName", "Page" + UUID.randomUUID().toString().substring(0, 6))
                .formParam("dateOfBirth", "1990-02-01").formParam("gender", "WOMAN")
                .formParam("referralDate", TODAY.minusDays(2).toString()).formParam("supportLevel", "UNDER_7_HOURS")
                .formParam("takeOn", "CASELOAD").formParam("someoneNew", "yes")
                .formParam("customKey", "council_ward").formParam("customValue", "Govan");
    }

    @Test
    void aRetiredValueStaysOnTheRecordsThatHaveIt() {
        String code = "PANTRY_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        JsonPath source = admin.request().body(Map.of("code", code, "label", "Pantry " + code, "countsAs", "OTHER"))
                .post("/api/v1/lists/referral-sources").then().statusCode(201).extract().jsonPath();
        String id = worker.refer(anActiveClient().named("Retired", "Source").with("referralSource", code)
                .with("custom", WARD));
        admin.request().header("If-Match", source.getString("version"))
                .post("/api/v1/lists/referral-sources/{id}/retirement", source.getString("id")).then().statusCode(200)
                .body("retiredOn", equalTo(TODAY.toString()));

        JsonPath client = worker.request().get("/api/v1/clients/{id}", id).then().statusCode(200)
                .body("referralSource", equalTo(code)).extract().jsonPath();
        Map<String, Object> edit = anActiveClient().named("Retired", "Source").with("referralSource", code)
                .with("phone", "0141 496 0000").build();
        worker.request().header("If-Match", client.getString("version")).body(edit).put("/api/v1/clients/{id}", id)
                .then().statusCode(200).body("referralSource", equalTo(code)).body("phone", equalTo("0141 496 0000"));
        worker.request().body(anActiveClient().with("referralSource", code).with("custom", WARD).build())
                .post("/api/v1/clients").then().statusCode(400).body("errors[0].field", equalTo("referralSource"))
                .body("errors[0].message", equalTo("Pantry " + code + " is no longer offered (retired on " + TODAY + ")"));

        String token = Tokens.worker(FIELDS);
        assertFalse(given().auth().oauth2(token).get("/app/clients/new").then().extract().asString().contains(code),
                "the referral form no longer offers it");
        assertTrue(given().auth().oauth2(token).get("/app/clients/{id}/details", id).then().statusCode(200).extract()
                .asString().contains("<option value=\"" + code + "\" selected>"), "the record's own form keeps it");
    }

    @Test
    void aCaseClosedForAnOwnReasonIsCountedAsTheNationalReason() {
        if (!codes("closure-reasons").contains("MOVED_TO_COLLEGE")) {
            admin.request().body(Map.of("code", "MOVED_TO_COLLEGE", "label", "Moved on to college", "countsAs",
                    "REFERRED_ELSEWHERE")).post("/api/v1/lists/closure-reasons").then().statusCode(201);
        }
        String id = worker.refer(anActiveClient().named("Closed", "College").with("custom", WARD));
        worker.request().body(Map.of("reason", "Moved on to college", "closedOn", TODAY.toString()))
                .post("/api/v1/clients/{id}/closure", id).then().statusCode(200)
                .body("closureReason", equalTo("MOVED_TO_COLLEGE"))
                .body("nationally.closureReason", equalTo("REFERRED_ELSEWHERE"));
        String other = worker.refer(anActiveClient().named("Closed", "Merged").with("custom", WARD));
        worker.request().body(Map.of("reason", "MERGED")).post("/api/v1/clients/{id}/closure", other).then()
                .statusCode(400).body("errors[0].message",
                        equalTo("a duplicate record is closed by merging it into the record to keep"));
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() {
        String programme = admin.request().get("/api/v1/lists/programmes").then().extract().jsonPath()
                .getString("find { it.code == 'GLASGOW_WORKS' }.id");
        Api north = Api.as(Tokens.admin(Tokens.NORTH));
        north.request().get("/api/v1/lists/programmes").then().statusCode(200).body("code", not(hasItem("GLASGOW_WORKS")))
                .body("code", hasItem("IPS"));
        north.request().header("If-Match", "0").post("/api/v1/lists/programmes/{id}/retirement", programme).then()
                .statusCode(404);
        Api.as(Tokens.worker(Tokens.NORTH)).request().body(anActiveClient().with("programme", "GLASGOW_WORKS").build())
                .post("/api/v1/clients").then().statusCode(400).body("errors[0].field", equalTo("programme"))
                .body("errors[0].message", containsString("is not one of the organisation's programmes"));
        worker.request().body(Map.of("code", "MINE", "label", "Mine", "countsAs", "OTHER"))
                .post("/api/v1/lists/programmes").then().statusCode(403);
        admin.request().get("/api/v1/lists/weather").then().statusCode(404);
    }

    @Test
    void anOwnValueCountsAsANationalOneAndShippedValuesStayAsShipped() {
        admin.request().body(Map.of("code", "NO_MAPPING", "label", "No mapping")).post("/api/v1/lists/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("countsAs"));
        admin.request().body(Map.of("code", "lower", "label", "Lower", "countsAs", "OTHER"))
                .post("/api/v1/lists/programmes").then().statusCode(400).body("errors[0].field", equalTo("code"));
        admin.request().body(Map.of("code", "SECOND_IPS", "label", "individual placement and support (ips)",
                "countsAs", "IPS")).post("/api/v1/lists/programmes").then().statusCode(409)
                .body("errors[0].field", equalTo("label"));
        JsonPath ips = admin.request().get("/api/v1/lists/programmes").then().extract().jsonPath()
                .setRootPath("find { it.code == 'IPS' }");
        admin.request().header("If-Match", ips.getString("version")).body(Map.of("code", "IPS", "label", "Renamed",
                "countsAs", "IPS")).put("/api/v1/lists/programmes/{id}", ips.getString("id")).then().statusCode(409);
        admin.request().body(Map.of("code", "GOVAN_NORTH", "label", "Govan North " + UUID.randomUUID(), "countsAs",
                "OTHER")).post("/api/v1/lists/local-authorities").then().statusCode(400)
                .body("errors[0].field", equalTo("countsAs"));
    }

    @Test
    void twentyAdministratorsAddingTheSameCodeAtOnceMakeOneValue() throws Exception {
        String code = "SAME_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        List<Integer> answers = AtOnce.send(AtOnce.TWENTY, i -> admin.request().body(Map.of("code", code,
                "label", "Same " + code + " " + i, "countsAs", "OTHER")).post("/api/v1/lists/closure-reasons")
                .statusCode());
        assertEquals(1, answers.stream().filter(s -> s == 201).count(), answers.toString());
        assertEquals(19, answers.stream().filter(s -> s == 409).count(), answers.toString());
    }

    @Test
    void anAdministratorAddsAValueOnThePageAndARefusalKeepsWhatWasTyped() {
        String token = Tokens.admin(FIELDS);
        String csrf = given().auth().oauth2(token).get("/app/lists/referral-sources").then().statusCode(200).extract()
                .cookie("csrf-token");
        String code = "HOSTEL_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String refused = given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParam("label", "Hostel " + code)
                .formParam("code", code).post("/app/lists/referral-sources").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Counted nationally as:") && refused.contains("value=\"Hostel " + code + "\""),
                refused);
        given().auth().oauth2(token).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParam("label", "Hostel " + code)
                .formParam("code", code).formParam("countsAs", "SOCIAL_WORK").post("/app/lists/referral-sources")
                .then().statusCode(303);
        assertTrue(codes("referral-sources").contains(code));
        String asWorker = given().auth().oauth2(Tokens.worker(FIELDS)).get("/app/lists/referral-sources").then()
                .statusCode(200).extract().asString();
        assertTrue(asWorker.contains("Hostel " + code) && !asWorker.contains("Add to referral sources"),
                "a worker reads the list, without the forms");
    }

    private static String quarter() {
        return TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);
    }
}
