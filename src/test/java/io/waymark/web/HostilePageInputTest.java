package io.waymark.web;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.waymark.security.Roles;
import io.waymark.support.Api;
import io.waymark.support.PublicForms;
import io.waymark.support.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile input through the pages, as the API's {@code HostileInputTest} sends it through the API: every form of
 * every page act, posted with every field any form has, filled with junk (NUL, a megabyte of text, SQL and HTML,
 * reversed unicode, impossible numbers and dates). Every answer is an HTML page, never JSON and never a 5xx; a
 * refusal of what was typed says what is wrong in the error summary. The cases come from a fixed seed.
 */
@QuarkusTest
class HostilePageInputTest {

    private static final long SEED = 20261202L;
    private static final List<String> JUNK = List.of("not-an-id", "' OR '1'='1' --", "<script>alert(1)</script>",
            "\u0000", "ünïcødé-😀-\u202Eevil", "-1", "99999999999999999999999999", "1e400", "1e-10", "2025-13-45",
            "0000-01-01", "+10000-01-01", "x".repeat(2_000), "", " ", "null", "25:61", "£-0.001", " PHONE");

    private final Random random = new Random(SEED);
    private final String everyRole = Tokens.token("page-fuzzer-" + Tokens.NORTH, Tokens.NORTH,
            Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN);

    @Test
    void everyPageFormAnswersHostileInputWithAPageNeverAFailure() {
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient());
        String csrf = PageActsTest.csrfToken();
        Set<String> fields = formFields();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (PageActsTest.PageAct act : PageActsTest.ACTS) {
            if (!act.method().equals("POST")) {
                continue;
            }
            // Once with ids of nothing, once with a real client's, so that the junk reaches the rules of the record.
            for (String page : List.of(act.page(), act.page().replaceFirst("/clients/" + PageActsTest.ID, "/clients/" + client))) {
                for (int round = 0; round < 2; round++) {
                    var request = given().auth().oauth2(everyRole).redirects().follow(false).cookie("csrf-token", csrf);
                    if (act.sendsAFile()) {
                        // A form that sends a file: its fields as parts, and junk as the file.
                        request.multiPart("csrf-token", csrf).multiPart("file", "junk.pdf",
                                JUNK.get(random.nextInt(JUNK.size())).getBytes(StandardCharsets.UTF_8));
                        for (String field : fields) {
                            request.multiPart(field, JUNK.get(random.nextInt(JUNK.size())));
                        }
                    } else {
                        request.contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("csrf-token", csrf);
                        for (String field : fields) {
                            request.formParam(field, JUNK.get(random.nextInt(JUNK.size())));
                        }
                    }
                    Response response = request.post(page);
                    requests++;
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    String problem = judge(response);
                    if (problem != null) {
                        failures.add(act.name() + " " + page + " -> " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " hostile page forms were answered badly");
        assertTrue(requests > 150, "only " + requests + " forms were posted");
        // The junk must reach the forms' rules, not stop at the server's door.
        assertTrue(statuses.getOrDefault(400, 0) > requests / 4, "answers by status: " + statuses);
    }

    /** The public referral forms take the same junk from anyone on the internet: a page, never a failure. */
    @Test
    void thePublicReferralFormAnswersHostileInputWithAPageNeverAFailure() {
        Api.as(Tokens.admin(Tokens.NORTH)).request()
                .body(java.util.Map.of("selfReferralOpen", true, "reviewWorkingDays", 5, "declinedKeptDays", 90))
                .put("/api/v1/referral-settings").then().statusCode(200);
        Set<String> fields = formFields();
        fields.remove("website");
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            java.util.Map<String, Object> form = new java.util.HashMap<>();
            for (String field : fields) {
                form.put(field, JUNK.get(random.nextInt(JUNK.size())));
            }
            Response response = PublicForms.fromAddress("10.99.0." + round).send("/refer/" + Tokens.NORTH, form).extract()
                    .response();
            String problem = judge(response);
            if (problem != null || response.statusCode() == 303) {
                failures.add("round " + round + " -> " + (problem != null ? problem : "taken as a referral"));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aNulCharacterInAPageFormIsRefusedAndNothingIsSaved() {
        Api worker = Api.as(Tokens.worker(Tokens.NORTH));
        String client = worker.refer(anActiveClient());
        String csrf = PageActsTest.csrfToken();
        given().auth().oauth2(Tokens.worker(Tokens.NORTH)).redirects().follow(false).cookie("csrf-token", csrf)
                .contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("csrf-token", csrf)
                .formParam("channel", "PHONE").formParam("durationMinutes", "10").formParam("notes", "a\u0000b")
                .post("/app/clients/" + client + "/contacts")
                .then().statusCode(400).contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("cannot be stored"));
        worker.request().get("/api/v1/clients/{id}/contacts", client).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    /** Null when the answer is a page a person can act on. */
    private static String judge(Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status >= 500) {
            return status + " " + abbreviate(response.asString());
        }
        if (status == 413) {
            return null; // the HTTP server's limit on a body, before any application code
        }
        if (status >= 300 && status < 400) {
            return null; // saved, and on to the page that says so
        }
        if (!type.startsWith("text/html")) {
            return status + " answered as " + type;
        }
        if (status == 400 && !response.asString().contains("There is a problem")
                && !response.asString().contains("nothing was saved")) {
            return "400 without an error summary: " + abbreviate(response.asString());
        }
        return null;
    }

    /** Every field name of every form in the templates. */
    private static Set<String> formFields() {
        Pattern name = Pattern.compile("name=\"([a-zA-Z]+)\"");
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(p -> p.toString().endsWith(".html")).forEach(p -> {
                try {
                    Matcher m = name.matcher(Files.readString(p));
                    while (m.find()) {
                        fields.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fields.remove("csrf-token");
        return fields;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
