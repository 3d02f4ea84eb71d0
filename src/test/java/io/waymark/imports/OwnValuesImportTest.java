package io.waymark.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import io.waymark.support.WestFields;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An import into an organisation with its own fields and lists: the clients file has a column for each of its fields
 * (a required one in every row), takes its own programmes, sources and groups by code or name, and checks them with
 * the API's rules.
 */
@QuarkusTest
class OwnValuesImportTest {

    private static final String REFERRED = LocalDate.now(ZoneId.of("Europe/London")).minusDays(20).toString();
    private static final String HEADINGS = "Reference,First name,Last name,Date of birth,Gender,Local authority,"
            + "Programme,Referred by,Referred on,Agreed to take part on,Client groups,Other support a week";

    private final Api admin = Api.as(Tokens.admin(WestFields.CODE));

    @BeforeEach
    void theOrganisationsFieldsAndLists() {
        WestFields.fieldsAreAsked();
        WestFields.listsHaveOwnValues();
    }

    private String row(String reference, String programme, String groups, String ward) {
        return String.join(",", reference, "Rhona", "Import" + reference.replace("-", ""), "1988-03-04", "WOMAN",
                "Glasgow City", programme, "Food bank", REFERRED, REFERRED, groups, "UNDER_7_HOURS", ward);
    }

    private JsonPath upload(String csv) {
        return admin.request().contentType("text/csv").queryParam("kind", "clients")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void theClientsFileTakesTheOrganisationsFieldsAndListsCheckedAsTheApiChecksThem() {
        String tag = "OV" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String template = admin.request().accept("text/csv").queryParam("format", "csv").queryParam("kind", "clients")
                .get("/api/v1/imports/template").then().statusCode(200).extract().asString();
        assertTrue(List.of(template.lines().findFirst().orElseThrow().split(",")).containsAll(
                List.of("Closure reason", "Parental status", "Council ward")), template);

        JsonPath withoutWard = upload(HEADINGS + "\n" + row(tag + "-0", "GLASGOW_WORKS", "", "").replaceAll(",$", ""));
        assertTrue(withoutWard.getList("report.problems.message").contains(
                "no column is matched to Council ward, which every row needs"), withoutWard.prettify());

        JsonPath checked = upload(HEADINGS + ",Council ward\n"
                + row(tag + "-1", "Glasgow Works", "Acquired brain injury;AUTISM", "govan") + "\n"
                + row(tag + "-2", "Nowhere Programme", "", "Narnia") + "\n");
        List<Map<String, Object>> problems = checked.getList("report.problems");
        assertEquals(List.of(Map.of("file", "Clients", "row", 3, "column", "Programme", "message",
                        "Nowhere Programme is not one of the organisation's programmes: FAIR_START_SCOTLAND,"
                                + " NO_ONE_LEFT_BEHIND, LOCAL_AUTHORITY_FUNDED, IPS, OTHER, GLASGOW_WORKS")),
                problems.stream().filter(p -> p.get("column").equals("Programme")).toList(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.get("column").equals("Council ward") && p.get("row").equals(3)
                && p.get("message").equals("must be one of Govan, Partick")), problems.toString());
        assertEquals(1, problems.stream().map(p -> p.get("row")).distinct().count(), "row 2 is clean: " + problems);

        JsonPath clean = upload(HEADINGS + ",Council ward\n"
                + row(tag + "-1", "Glasgow Works", "Acquired brain injury;AUTISM", "govan") + "\n");
        assertEquals(List.of(), clean.getList("report.problems"));
        admin.request().header("If-Match", clean.getString("version"))
                .post("/api/v1/imports/{id}/confirmation", clean.getString("id")).then().statusCode(200);
        String id = admin.request().queryParam("q", tag + "-1").get("/api/v1/clients").then().statusCode(200)
                .extract().path("items[0].id");
        admin.request().get("/api/v1/clients/{id}", id).then().statusCode(200)
                .body("programme", equalTo("GLASGOW_WORKS")).body("referralSource", equalTo("FOOD_BANK"))
                .body("clientGroups", equalTo(List.of("BRAIN_INJURY", "AUTISM", "PHYSICAL_OR_SENSORY_IMPAIRMENT")))
                .body("custom", equalTo(Map.of("council_ward", "Govan")));
    }
}
