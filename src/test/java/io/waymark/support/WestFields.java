package io.waymark.support;

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
}
