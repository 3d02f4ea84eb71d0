package io.waymark.contact;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Downloads;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client's contacts as a file: every one, newest first, at the UK time the timeline shows, and in the trail. */
@QuarkusTest
class ContactExportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void everyContactDownloadsNewestFirstAsTheTimelineShowsThem() {
        String client = worker.refer(anActiveClient().named("Catriona", "Lochcarron").referredOn(TODAY.minusDays(40))
                .consentedOn(TODAY.minusDays(40)));
        LocalDate summer = TODAY.minusDays(30);
        worker.request().body(Map.of("happenedAt", summer + "T14:30:00Z", "channel", "PHONE", "durationMinutes", 15,
                "notes", "First call")).post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
        for (int i = 0; i < 25; i++) { // more than a page of the API's list: the file has every one
            worker.request().body(Map.of("channel", "EMAIL", "durationMinutes", 5, "notes", "=Sent form " + i))
                    .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
        }
        String when = summer.atTime(14, 30).atZone(java.time.ZoneOffset.UTC)
                .withZoneSameInstant(ZoneId.of("Europe/London")).toLocalDateTime().toString().replace('T', ' ');

        List<String> lines = Downloads.csvLines(Tokens.worker(Tokens.NORTH),
                "/api/v1/clients/{id}/contacts/export?format=csv", client);
        assertEquals("When,How,Minutes,Stage,Notes,Recorded by,Recorded at", lines.get(0));
        assertEquals(27, lines.size(), "the headings and all 26 contacts");
        assertTrue(lines.get(1).contains(",Email,5,Engagement,'=Sent form 24,Test worker-north-works,"),
                "newest first, and a note that looks like a formula is only text: " + lines.get(1));
        assertTrue(lines.get(26).startsWith(when + ",Phone,15,Engagement,First call,"), lines.get(26));

        String page = given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/clients/{id}", client).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/app/clients/" + client + "/contacts/export?format=xlsx\""),
                "the timeline links to its contacts as a file");
        List<List<String>> rows = Downloads.workbookRows(Tokens.advisor(Tokens.NORTH),
                "/app/clients/{id}/contacts/export?format=xlsx", client);
        assertEquals(27, rows.size());
        assertEquals(List.of(when, "Phone", "15", "Engagement", "First call"), rows.get(26).subList(0, 5));

        JsonPath trail = Downloads.latestTrailEntry(Tokens.NORTH, client);
        assertEquals("READ ListExport", trail.getString("action") + " " + trail.getString("entity"));
        assertTrue(trail.getString("changes").contains("contacts"), trail.getString("changes"));
    }

    @Test
    void anotherOrganisationGetsNotFoundAndABadFormatIsNamed() {
        String client = worker.refer(anActiveClient());
        Api.as(Tokens.worker(Tokens.SOUTH)).request().accept("text/csv")
                .get("/api/v1/clients/{id}/contacts/export?format=csv", client).then().statusCode(404);
        worker.request().accept("text/csv").get("/api/v1/clients/{id}/contacts/export?format=pdf", client).then()
                .statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/clients/{id}/contacts/export?format=pdf", client)
                .then().statusCode(400).body(containsString("must be csv or xlsx"));
    }
}
