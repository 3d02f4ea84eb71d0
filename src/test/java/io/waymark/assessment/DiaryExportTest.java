package io.waymark.assessment;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Downloads;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An advisor's diary as a file: each slot of the day or week, free or booked, and the download in the trail. */
@QuarkusTest
class DiaryExportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void theDayOrWeekThePageShowsDownloadsSlotBySlot() {
        String token = Tokens.newAdvisor("Export Advisor", Tokens.NORTH);
        Api advisor = Api.as(token);
        String advisorId = advisor.request().get("/api/v1/me").then().extract().path("id");
        LocalDate day = TODAY.plusDays(12);
        advisor.slot(day.atTime(9, 30));
        String booked = advisor.slot(day.atTime(11, 0));
        advisor.slot(day.plusDays(1).atTime(9, 0));
        Api worker = Api.as(Tokens.worker(Tokens.NORTH));
        String client = worker.refer(anActiveClient().named("Peigi", "Shieldaig"));
        worker.book(booked, client);
        String reference = worker.request().get("/api/v1/clients/{id}", client).then().extract().path("reference");

        List<String> lines = Downloads.csvLines(Tokens.teamLead(Tokens.NORTH),
                "/api/v1/diary/advisors/{id}/export?view=day&date=" + day + "&format=csv", advisorId);
        assertEquals(List.of("Date,Start,Minutes,Place,Booking,Client,Reference",
                day + ",09:30,60,\"Room 2, Clyde House\",Free,,",
                day + ",11:00,60,\"Room 2, Clyde House\",Booked,Peigi Shieldaig," + reference), lines);

        String page = given().auth().oauth2(token).get("/app/diary?date=" + day).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("/app/diary/export?date="), "the diary links to its week as a file");
        List<List<String>> rows = Downloads.workbookRows(token, "/app/diary/export?date=" + day + "&view=week&format=xlsx");
        assertTrue(rows.size() >= 4, "the week's three slots at least: " + rows);
        assertTrue(rows.stream().anyMatch(row -> row.contains("Peigi Shieldaig")), rows.toString());
        assertTrue(Downloads.latestTrailEntry(Tokens.NORTH, client).getString("changes").contains("diary"));
        Api.as(Tokens.worker(Tokens.NORTH)).request().accept("text/csv")
                .get("/api/v1/diary/advisors/{id}/export?format=csv", advisorId).then().statusCode(403);
    }
}
