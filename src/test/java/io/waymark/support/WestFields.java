package io.waymark.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation whose administrator adds its own fields and lists (test data V1007), kept apart as its required
 * ward would refuse every other test's referrals; its fields are added by the first test that needs them.
 */
public final class WestFields {

    public static final String CODE = "west-fields";

    private WestFields() {
    }

    /** The organisation's own fields: a required council ward (Govan or Partick), and hours caring, personal. */
    public static void fieldsAreAsked() {
        Api admin = Api.as(Tokens.admin(CODE));
        List<String> keys = admin.request().get("/api/v1/custom-fields").then().statusCode(200).extract().jsonPath()
                .getList("key");
        if (!keys.contains("council_ward")) {
            admin.request().body(Map.of("key", "council_ward", "label", "Council ward", "kind", "ONE_OF",
                    "options", List.of("Govan", "Partick"), "required", true, "personal", false, "position", 2))
                    .post("/api/v1/custom-fields").then().statusCode(201);
        }
        if (!keys.contains("hours_caring")) {
            admin.request().body(Map.of("key", "hours_caring", "label", "Hours caring a week", "kind", "NUMBER",
                    "required", false, "personal", true, "position", 3)).post("/api/v1/custom-fields").then()
                    .statusCode(201);
        }
    }

    /**
     * The organisation's own values: the programme Glasgow Works (counted as local authority funded, with its own
     * outcome definition: checks at 2 and 10 weeks), the referral source Food bank (other) and the client group
     * Acquired brain injury (a physical or sensory impairment).
     */
    public static void listsHaveOwnValues() {
        Api admin = Api.as(Tokens.admin(CODE));
        List<String> programmes = admin.request().get("/api/v1/lists/programmes").then().statusCode(200).extract()
                .jsonPath().getList("code");
        if (programmes.contains("GLASGOW_WORKS")) {
            return;
        }
        Map<String, Object> definition = new HashMap<>(Map.of("name", "Glasgow Works outcome",
                "programme", "LOCAL_AUTHORITY_FUNDED", "sustainedWeeklyHours", 8, "sustainedWeeks", 8,
                "sustainedWindowWeeks", 10, "followUpSchedule", "P2W,P10W", "countsRetained", true,
                "countsSelfEmployed", true));
        String rule = admin.request().body(definition).post("/api/v1/outcome-definitions").then().statusCode(201)
                .extract().path("id");
        admin.request().body(Map.of("code", "GLASGOW_WORKS", "label", "Glasgow Works", "countsAs",
                "LOCAL_AUTHORITY_FUNDED", "outcomeDefinition", rule, "position", 10))
                .post("/api/v1/lists/programmes").then().statusCode(201);
        admin.request().body(Map.of("code", "FOOD_BANK", "label", "Food bank", "countsAs", "OTHER"))
                .post("/api/v1/lists/referral-sources").then().statusCode(201);
        admin.request().body(Map.of("code", "BRAIN_INJURY", "label", "Acquired brain injury", "countsAs",
                "PHYSICAL_OR_SENSORY_IMPAIRMENT")).post("/api/v1/lists/client-groups").then().statusCode(201);
    }
}
