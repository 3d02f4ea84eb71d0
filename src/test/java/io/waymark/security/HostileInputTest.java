package io.waymark.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile and invalid input for every operation in the OpenAPI document: malformed JSON, wrong types, enormous and
 * negative numbers, over-long and odd unicode strings, SQL and HTML metacharacters, ids that are not ids. Every
 * answer must be a 4xx problem+json (a GET may also answer 2xx: text such as a search can be anything), never a 5xx,
 * and nothing stored may change. The cases are drawn from a fixed seed, so a failure can be replayed.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 20261122L;

    /** Values that are not ids, numbers, dates or reference-list entries in any reading. */
    private static final List<String> JUNK = List.of("not-an-id", "' OR '1'='1' --", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "\u0000", "ünïcødé-😀-\u202Eevil", "-1", "99999999999999999999999999",
            "1e400", "2025-13-45", "x".repeat(5000), "null", "{}", "[]");

    private static final List<String> MALFORMED = List.of("{", "[1,2", "{\"a\":}", "\"unterminated", "{\"a\" 1}",
            "\u0000", "[]", "\"just a string\"", "12345", "null");

    @Inject
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(SEED);
    /** Every staff role at once, so that authorisation lets the input reach validation. */
    private final String token = Tokens.token("fuzzer-" + Tokens.NORTH, Tokens.NORTH,
            Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN);

    @Test
    void everyOperationRefusesHostileInputCleanlyAndChangesNothing() throws Exception {
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        JsonNode openApi = json.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        String before = snapshot();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                for (Case hostile : cases(openApi, path.getKey(), operation.getValue(), method)) {
                    requests++;
                    Response response = hostile.send(given().auth().oauth2(token).redirects().follow(false));
                    String problem = judge(method, hostile, response);
                    if (problem != null) {
                        failures.add(problem);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " hostile requests were answered badly");
        assertTrue(requests > 300, "only " + requests + " requests were made");
        assertEquals(before, snapshot(), "hostile input changed stored data");
    }

    /** Null when the answer is as it must be, otherwise what was wrong. */
    private static String judge(String method, Case hostile, Response response) {
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        if (status >= 500) {
            return hostile + " -> " + status + " " + abbreviate(response.asString());
        }
        // 413 and 414 (body or address too long) come from the HTTP server before any application code runs.
        if (status >= 400 && status != 413 && status != 414 && !type.startsWith("application/problem+json")) {
            return hostile + " -> " + status + " answered as " + type;
        }
        if (status < 400 && !method.equals("GET")) {
            return hostile + " -> " + status + ": accepted";
        }
        return null;
    }

    private List<Case> cases(JsonNode openApi, String template, JsonNode operation, String method) {
        List<Case> cases = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            (parameter.path("in").asText().equals("path") ? pathParams : queryParams).add(parameter.path("name").asText());
        }
        // Ids that are not ids, and well-formed ids of nothing.
        String path = fill(template, pathParams, UUID.randomUUID().toString());
        if (!pathParams.isEmpty()) {
            for (String junk : pick(JUNK, 4)) {
                cases.add(new Case(method, fill(template, pathParams, junk), Map.of(), null));
            }
            cases.add(new Case(method, path, Map.of(), null));
        }
        for (String parameter : queryParams) {
            cases.add(new Case(method, path, Map.of(parameter, pick(JUNK, 1).get(0)), null));
        }
        JsonNode schema = bodySchema(openApi, operation);
        if (schema != null) {
            for (String malformed : pick(MALFORMED, 3)) {
                cases.add(new Case(method, path, Map.of(), malformed));
            }
        }
        if (schema != null) {
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(property.getKey(), wrongValueFor(resolve(openApi, property.getValue())));
                cases.add(new Case(method, path, Map.of(), write(body)));
            }
        }
        return cases;
    }

    /** A value of the wrong type, or out of range, for the property. */
    private Object wrongValueFor(JsonNode property) {
        String type = property.path("type").asText("object");
        return switch (type) {
            case "integer", "number" -> pick(List.<Object>of("' OR 1=1 --", -99999999999L, Double.MAX_VALUE,
                    new BigDecimal("1e400"), Map.of("nested", 1)), 1).get(0);
            case "boolean" -> pick(List.<Object>of("yes<script>", 2, List.of(true)), 1).get(0);
            case "array" -> pick(List.<Object>of(42, "<b>bold</b>", Map.of("a", 1)), 1).get(0);
            case "string" -> property.has("enum") || property.has("format")
                    ? pick(List.<Object>of("<script>alert(1)</script>", "'; drop table client; --", 12, "ünï😀"), 1).get(0)
                    : pick(List.<Object>of(Map.of("nested", List.of(1, 2)), List.of("a", "b"), "x".repeat(100_000)), 1).get(0);
            default -> pick(List.<Object>of("not an object", 7, List.of(1)), 1).get(0);
        };
    }

    private static JsonNode bodySchema(JsonNode openApi, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || !content.fields().hasNext()) {
            return null;
        }
        return resolve(openApi, content.fields().next().getValue().path("schema"));
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return openApi.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf")) {
            return resolve(openApi, schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String fill(String template, List<String> pathParams, String value) {
        String path = template;
        for (String name : pathParams) {
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return path;
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A digest of every table's rows: equal before and after means nothing stored changed. */
    private String snapshot() throws Exception {
        StringBuilder digest = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from \"" + table + "\" t")) {
                    rs.next();
                    digest.append(table).append('=').append(rs.getLong(1)).append(':').append(rs.getString(2)).append('\n');
                }
            }
        }
        return digest.toString();
    }

    /** One hostile request. */
    private record Case(String method, String path, Map<String, String> query, String body) {

        Response send(RequestSpecification request) {
            request.urlEncodingEnabled(false).queryParams(encoded(query));
            if (body != null) {
                request.contentType("application/json").body(body);
            }
            return request.request(method, path);
        }

        private static Map<String, String> encoded(Map<String, String> query) {
            Map<String, String> encoded = new LinkedHashMap<>();
            query.forEach((k, v) -> encoded.put(k, URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return encoded;
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : " " + query)
                    + (body == null ? "" : " body " + abbreviate(body));
        }
    }

    @Test
    void aNulCharacterIsRefusedNamingTheFieldRatherThanFailingInTheDatabase() {
        given().auth().oauth2(token).urlEncodingEnabled(false).queryParam("q", "caf%00e")
                .get("/api/v1/employers").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"channel\": \"PHONE\", \"durationMinutes\": 5, \"notes\": \"a\\u0000b\"}")
                .post("/api/v1/clients/{id}/contacts", UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("notes"));
    }
}
