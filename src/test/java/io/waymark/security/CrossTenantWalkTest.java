package io.waymark.security;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.PublicForms;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called by a user of another organisation (with every staff role) with the
 * ids of a fully built organisation's records, in the path, the query and the body: nothing crosses. Each body is
 * valid, made from the operation's schema, so that it passes validation and reaches the lookup of the record; a
 * write refused at the door (400) would test nothing and fails the walk. Reads find nothing (404, 403 or an empty answer that
 * names none of the records), writes are refused, and the first organisation's records are untouched.
 */
@QuarkusTest
class CrossTenantWalkTest {

    @Inject
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    private final String intruder = Tokens.token("intruder-" + Tokens.SOUTH, Tokens.SOUTH,
            Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN);

    @Test
    void anotherOrganisationReachesNothingThroughAnyOperation() throws Exception {
        Map<String, String> ids = buildNorth();
        given().auth().oauth2(intruder).get("/api/v1/me").then().statusCode(200);
        String before = northDigest();
        JsonNode openApi = json.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<String> crossings = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String url = fill(path.getKey(), ids);
                JsonNode operation = path.getValue().get(method.toLowerCase());
                Map<String, String> query = new HashMap<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    String name = parameter.path("name").asText();
                    if (parameter.path("in").asText().equals("query") && ids.containsKey(name)) {
                        query.put(name, ids.get(name));
                    }
                }
                calls++;
                String sent = method.equals("GET") || method.equals("DELETE") ? "" : json.writeValueAsString(
                        validBody(openApi, operation.path("requestBody").path("content").path("application/json").path("schema"), ids));
                Response response = given().auth().oauth2(intruder).contentType("application/json")
                        .header("If-Match", "0").queryParams(query).body(sent).request(method, url);
                String body = response.asString();
                // A refusal may repeat the id it was asked for; an answer must name none of the records, nor the client.
                boolean named = response.statusCode() < 400
                        && ids.values().stream().anyMatch(id -> id.length() > 8 && body.contains(id))
                        || body.contains("Walker");
                boolean wrote = !method.equals("GET") && response.statusCode() < 300 && url.contains(ids.get("clientId"));
                // A valid body reaches the lookup of the record: a 400 here means the walk asked nothing of isolation.
                boolean stoppedAtTheDoor = response.statusCode() == 400 && !sent.isEmpty()
                        && !body.matches(".*there is no [a-z ]+ with this id.*");
                if (named || response.statusCode() >= 500 || wrote || stoppedAtTheDoor) {
                    crossings.add(method + " " + url + " " + query + " -> " + response.statusCode() + " "
                            + (body.length() > 200 ? body.substring(0, 200) : body));
                }
            }
        }
        assertEquals(List.of(), crossings, "answers of " + calls + " calls that crossed organisations");
        assertTrue(calls > 80, "only " + calls + " operations walked");
        assertEquals(before, northDigest(), "the other organisation changed north-works' records");
    }

    /**
     * A body the API accepts as written, from the operation's schema: each required field with a plausible value, and
     * ids of north-works' records where an id is asked for, so that only the organisation can refuse it.
     */
    private JsonNode validBody(JsonNode openApi, JsonNode schema, Map<String, String> ids) {
        return valueOf(openApi, resolve(openApi, schema), "", ids);
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        while (schema.has("$ref")) {
            String[] ref = schema.get("$ref").asText().split("/");
            schema = openApi.path("components").path("schemas").path(ref[ref.length - 1]);
        }
        if (schema.has("allOf")) {
            return resolve(openApi, schema.get("allOf").get(0));
        }
        return schema;
    }

    private JsonNode valueOf(JsonNode openApi, JsonNode schema, String name, Map<String, String> ids) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory nodes = json.getNodeFactory();
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText();
        switch (type) {
            case "object": {
                com.fasterxml.jackson.databind.node.ObjectNode object = nodes.objectNode();
                java.util.Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    // Every id is sent, required or not: each is a door to another organisation's record.
                    if (required.contains(field.getKey()) || BODY_VALUES.containsKey(field.getKey())
                            || field.getKey().equals("limit") || field.getKey().endsWith("Id")) {
                        object.set(field.getKey(), valueOf(openApi, resolve(openApi, field.getValue()), field.getKey(), ids));
                    }
                }
                return object;
            }
            case "array": {
                JsonNode items = resolve(openApi, schema.path("items"));
                com.fasterxml.jackson.databind.node.ArrayNode array = nodes.arrayNode();
                JsonNode scoredItems = resolve(openApi, items.path("properties").path("item")).path("enum");
                if (name.equals("scores") && scoredItems.isArray()) {
                    // A fidelity review scores every item of the scale.
                    for (JsonNode item : scoredItems) {
                        array.add(((com.fasterxml.jackson.databind.node.ObjectNode) valueOf(openApi, items, name, ids)).set("item", item));
                    }
                    return array;
                }
                return array.add(valueOf(openApi, items, name, ids));
            }
            case "integer":
                return nodes.numberNode(name.endsWith("Minutes") ? 60 : name.equals("limit") ? 12 : 3);
            case "number":
                return nodes.numberNode(16);
            case "boolean":
                // A field of its own the walk adds is optional: a required one would refuse the intruder's later referrals.
                return nodes.booleanNode(!name.equals("required"));
            default:
                if (BODY_VALUES.containsKey(name)) {
                    return nodes.textNode(BODY_VALUES.get(name));
                }
                if (format.equals("uuid") || name.endsWith("Id")) {
                    return nodes.textNode(ids.getOrDefault(name, ids.get("clientId")));
                }
                return nodes.textNode(switch (format) {
                    case "date" -> "2025-06-02";
                    case "date-time" -> "2025-06-02T10:00:00Z";
                    case "local-time" -> "10:00";
                    default -> "Walk";
                });
        }
    }

    /** Fields whose value has a shape of its own, as a user would fill them in. */
    private static final Map<String, String> BODY_VALUES = Map.ofEntries(Map.entry("dateOfBirth", "1990-05-01"),
            Map.entry("consentDate", "2025-06-02"), Map.entry("referralDate", "2025-06-01"),
            Map.entry("postcode", "G1 1AA"), Map.entry("startTime", "10:00"), Map.entry("role", "WORKER"),
            Map.entry("followUpSchedule", "P13W,P26W"), Map.entry("key", "walk_field"),
            Map.entry("programme", "IPS"), Map.entry("referralSource", "SELF_REFERRAL"),
            Map.entry("localAuthority", "Glasgow City"), Map.entry("reason", "OTHER"), Map.entry("code", "WALK_VALUE"),
            Map.entry("countsAs", "OTHER"),
            Map.entry("date", LocalDateTime.now(ZoneId.of("Europe/London")).toLocalDate().plusDays(30).toString()),
            Map.entry("fromDate", LocalDateTime.now(ZoneId.of("Europe/London")).toLocalDate().plusDays(30).toString()),
            Map.entry("toDate", LocalDateTime.now(ZoneId.of("Europe/London")).toLocalDate().plusDays(60).toString()));

    /** One of everything in north-works, by the name its id has in paths and queries. */
    private Map<String, String> buildNorth() {
        Map<String, String> ids = new HashMap<>();
        BuiltTeam team = TeamBuilder.aTeamIn(Tokens.NORTH).withWorker("Walker", 30).build();
        Api worker = Api.as(team.worker("Walker").token());
        Api admin = Api.as(Tokens.admin(Tokens.NORTH));
        String client = worker.refer(anActiveClient().named("Walker", "North"));
        team.lead().assign(client, team.worker("Walker").staffId()).statusCode(201);
        String employer = worker.employer("Walk Cafe");
        String outcome = worker.outcome(client, aJobGainedWith(employer));
        String followUp = worker.request().get("/api/v1/clients/{id}/outcomes/{o}", client, outcome).then()
                .extract().path("followUps[0].id");
        String match = worker.request().body(Map.of("employerId", employer)).post("/api/v1/clients/{id}/job-matches", client)
                .then().statusCode(201).extract().path("id");
        String goal = worker.request().body(Map.of("goal", "Walk to work")).post("/api/v1/clients/{id}/action-plan", client)
                .then().statusCode(201).extract().path("id");
        String opportunity = worker.request().body(Map.of("title", "Barista", "kind", "VACANCY"))
                .post("/api/v1/employers/{id}/opportunities", employer).then().extract().path("id");
        Api advisor = Api.as(Tokens.newAdvisor("Walk Advisor", Tokens.NORTH));
        String slot = advisor.slot(LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(12).withHour(11)
                .withMinute(0).withSecond(0).withNano(0));
        String booking = worker.book(slot, client);
        String cost = admin.request().body(Map.of("periodFrom", "2025-01-01", "periodTo", "2025-03-31", "amount", 100))
                .post("/api/v1/service-costs").then().statusCode(201).extract().path("id");
        ids.put("clientId", client);
        ids.put("mergedClientId", worker.refer(anActiveClient().named("Walker", "Twice")));
        ids.put("id", client);
        ids.put("outcomeId", outcome);
        ids.put("followUpId", followUp);
        ids.put("matchId", match);
        ids.put("goalId", goal);
        ids.put("employerId", employer);
        ids.put("opportunityId", opportunity == null ? employer : opportunity);
        ids.put("slotId", slot);
        ids.put("bookingId", booking);
        ids.put("teamId", team.id());
        ids.put("staffId", team.worker("Walker").staffId());
        ids.put("workerId", team.worker("Walker").staffId());
        ids.put("costId", cost);
        ids.put("service", Tokens.NORTH);
        ids.put("listValueId", admin.request().body(Map.of("code", "NORTH_WALK", "label", "North walk", "countsAs",
                "OTHER")).post("/api/v1/lists/programmes").then().statusCode(201).extract().path("id"));
        admin.request().body(Map.of("selfReferralOpen", true, "reviewWorkingDays", 5, "declinedKeptDays", 90))
                .put("/api/v1/referral-settings").then().statusCode(200);
        ids.put("referralLinkId", admin.request().body(Map.of("partner", "Walk Jobcentre", "referralSource",
                "JOBCENTRE_PLUS")).post("/api/v1/referral-links").then().statusCode(201).extract().path("id"));
        PublicForms.aVisitor().send("/refer/" + Tokens.NORTH, PublicForms.aSelfReferral("Walker", "Referred"))
                .statusCode(303);
        ids.put("referralId", team.lead().request().get("/api/v1/referrals").then().statusCode(200).extract()
                .path("find { it.firstName == 'Walker' }.id"));
        return ids;
    }

    /** Path parameters filled with north-works' ids: an {id} takes the id of the collection it follows. */
    private static String fill(String template, Map<String, String> ids) {
        String[] parts = template.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].startsWith("{")) {
                continue;
            }
            String name = parts[i].substring(1, parts[i].indexOf('}'));
            String collection = i > 0 ? parts[i - 1] : "";
            String value = switch (name.equals("id") ? collection : name) {
                case "clients" -> ids.get("clientId");
                case "employers" -> ids.get("employerId");
                case "teams" -> ids.get("teamId");
                case "bookings" -> ids.get("bookingId");
                case "assessment-slots" -> ids.get("slotId");
                case "service-costs" -> ids.get("costId");
                case "staff", "limits", "members" -> ids.get("staffId");
                case "funders" -> "walk-funder";
                case "code" -> "walk-funder";
                case "programme" -> "FAIR_START_SCOTLAND";
                case "list" -> "programmes";
                case "programmes" -> ids.get("listValueId");
                case "referrals" -> ids.get("referralId");
                case "referral-links" -> ids.get("referralLinkId");
                default -> ids.getOrDefault(name, ids.get("clientId"));
            };
            parts[i] = parts[i].replace("{" + name + "}", value);
        }
        return String.join("/", parts);
    }

    /** A digest of north-works' rows in the tables the walk could reach. */
    private String northDigest() throws Exception {
        StringBuilder digest = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("client", "contact", "stage_move", "job_outcome", "follow_up", "job_match",
                    "action_goal", "employer", "opportunity", "booking", "assessment_slot", "team", "staff",
                    "service_cost", "planned_contact", "assignment", "list_value", "custom_field", "referral",
                    "referral_link")) {
                try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from " + table + " t where organisation_code = 'north-works'")) {
                    rs.next();
                    digest.append(table).append('=').append(rs.getLong(1)).append(':').append(rs.getString(2)).append('\n');
                }
            }
        }
        return digest.toString();
    }
}
