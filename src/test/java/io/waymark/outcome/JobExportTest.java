package io.waymark.outcome;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Downloads;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client's jobs, and a worker's sustainment checks due, as files: what the pages show, and in the trail. */
@QuarkusTest
class JobExportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api intake = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void aClientsJobsDownloadWithTheirChecks() {
        LocalDate start = TODAY.minusWeeks(5);
        String client = intake.refer(anActiveClient().named("Seonag", "Plockton").referredOn(start.minusDays(10))
                .consentedOn(start.minusDays(9)));
        String employer = intake.employer("Plockton Hotel");
        intake.outcome(client, aJobGainedWith(employer).startingOn(start).hours(20).pay(13.45)
                .with("jobTitle", "Receptionist"));

        List<String> lines = Downloads.csvLines(Tokens.worker(Tokens.NORTH),
                "/api/v1/clients/{id}/outcomes/export?format=csv", client);
        assertEquals("Outcome,Job title,Employer,Sector,Contract,Start date,Outcome date,Hours a week,Hourly pay,"
                + "Apprentice,End date,End reason,Sustainment checks", lines.get(0));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("Gained,Receptionist,Plockton Hotel "), lines.get(1));
        assertTrue(lines.get(1).contains(",Hospitality,Permanent," + start + "," + start + ",20.0,13.45,No,,,"
                + "4 weeks: overdue since " + start.plusWeeks(4) + "; 13 weeks: due " + start.plusWeeks(13)),
                lines.get(1));

        String page = given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/clients/{id}", client).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/app/clients/" + client + "/outcomes/export?format=csv\""),
                "the jobs section links to the jobs as a file");
        List<List<String>> rows = Downloads.workbookRows(Tokens.teamLead(Tokens.NORTH),
                "/app/clients/{id}/outcomes/export?format=xlsx", client);
        assertEquals(List.of("Gained", "Receptionist"), rows.get(1).subList(0, 2));
        assertEquals(start.toString(), rows.get(1).get(5), "the start date is a date cell");

        JsonPath trail = Downloads.latestTrailEntry(Tokens.NORTH, client);
        assertEquals("READ ListExport", trail.getString("action") + " " + trail.getString("entity"));
        assertTrue(trail.getString("changes").contains("jobs"), trail.getString("changes"));
        Api.as(Tokens.worker(Tokens.SOUTH)).request().accept("text/csv")
                .get("/api/v1/clients/{id}/outcomes/export?format=csv", client).then().statusCode(404);
    }

    @Test
    void aWorkersChecksDueDownloadAsTheirDayListsThem() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Mairi", 10).build();
        String employer = intake.employer("Checks Ltd");
        String overdue = clientWithJob(team, "Kyle", employer, TODAY.minusWeeks(4).minusDays(3));
        clientWithJob(team, "Dornie", employer, TODAY.minusDays(3));
        String token = team.worker("Mairi").token();

        List<String> lines = Downloads.csvLines(token, "/api/v1/follow-ups/due/export?format=csv");
        assertEquals(List.of("Client,Reference,Job,Check,Due,Overdue",
                "Due Kyle," + reference(overdue) + ",Kitchen assistant,4 weeks,"
                        + TODAY.minusDays(3) + ",Yes"), lines);

        String today = given().auth().oauth2(token).get("/app/today").then().statusCode(200).extract().asString();
        assertTrue(today.contains("href=\"/app/today/follow-ups/export?format=xlsx\""), "the day links to its checks");
        List<List<String>> rows = Downloads.workbookRows(token, "/app/today/follow-ups/export?format=xlsx");
        assertEquals(2, rows.size());
        assertEquals("Due Kyle", rows.get(1).get(0));
        assertTrue(Downloads.latestTrailEntry(Tokens.NORTH, overdue).getString("changes").contains("sustainment checks"));
        Api.as(Tokens.advisor(Tokens.NORTH)).request().accept("text/csv").get("/api/v1/follow-ups/due/export?format=csv")
                .then().statusCode(403);
    }

    private String clientWithJob(BuiltTeam team, String lastName, String employer, LocalDate start) {
        String client = intake.refer(anActiveClient().named("Due", lastName).referredOn(start.minusDays(10))
                .consentedOn(start.minusDays(9)));
        team.lead().assign(client, team.worker("Mairi").staffId()).statusCode(201);
        intake.outcome(client, aJobGainedWith(employer).startingOn(start));
        return client;
    }

    private String reference(String client) {
        return intake.request().get("/api/v1/clients/{id}", client).then().extract().path("reference");
    }
}
