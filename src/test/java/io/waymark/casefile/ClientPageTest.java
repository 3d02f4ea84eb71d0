package io.waymark.casefile;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Statements;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.TeamBuilder.Worker;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A client's page shows the whole case file (here to their team lead, who also sees whom to assign), read in a few statements however long the history. */
@QuarkusTest
class ClientPageTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);

    @Inject
    DataSource dataSource;

    @Test
    void theWholeFileIsOnThePageInFourStatementsWhateverItsLength() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Eilidh Pagewise", 10).withWorker("Ruaridh Pagewise", 10).build();
        Worker eilidh = team.worker("Eilidh Pagewise");
        Api worker = Api.as(eilidh.token());
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient().named("Catriona", "Filepage")
                .referredOn(TODAY.minusWeeks(8)).consentedOn(TODAY.minusWeeks(8)));
        team.lead().assign(client, eilidh.staffId()).statusCode(201);
        worker.moveStage(client, "VOCATIONAL_PROFILING", "Ready to write the profile").statusCode(201);
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 20, "notes", "Talked about the bakery trial"))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
        worker.request().body(Map.of("plannedFor", OffsetDateTime.now(UK).plusDays(2).toString(), "channel", "VIDEO",
                "purpose", "Go over the interview questions")).post("/api/v1/clients/{id}/contacts/planned", client)
                .then().statusCode(201);
        worker.request().body(Map.of("goal", "Travel to the bakery alone", "reviewDate", TODAY.plusDays(3).toString()))
                .post("/api/v1/clients/{id}/action-plan", client).then().statusCode(201);
        String employer = worker.employer("Filepage Bakery");
        String opportunity = worker.request().body(Map.of("title", "Counter assistant", "kind", "VACANCY"))
                .post("/api/v1/employers/{id}/opportunities", employer).then().statusCode(201).extract().path("id");
        worker.request().body(Map.of("opportunityId", opportunity)).post("/api/v1/clients/{id}/job-matches", client)
                .then().statusCode(201);
        String job = worker.outcome(client, aJobGainedWith(employer).startingOn(TODAY.minusWeeks(5)).hours(20)
                .with("jobTitle", "Baker's assistant"));
        worker.request().body(Map.of("effectiveFrom", TODAY.minusWeeks(1).toString(), "hoursPerWeek", 14))
                .post("/api/v1/clients/{c}/outcomes/{o}/hours", client, job).then().statusCode(201);
        String twice = worker.outcome(client, aJobGainedWith(employer).startingOn(TODAY.minusWeeks(6)).with("jobTitle", "Recorded twice"));
        worker.request().header("If-Match", 0).body(Map.of("reason", "Entered on the wrong day"))
                .delete("/api/v1/clients/{c}/outcomes/{o}", client, twice).then().statusCode(200);
        Api advisor = Api.as(Tokens.advisor(Tokens.NORTH));
        String booked = advisor.slot(TODAY.plusDays(9).atTime(10, 0));
        advisor.slot(TODAY.plusDays(10).atTime(14, 30));
        worker.book(booked, client);

        Statements statements = Statements.during(dataSource, () -> given().auth().oauth2(team.leadToken())
                .get("/app/clients/{id}", client).then().statusCode(200)
                .body(containsString("Catriona"))
                .body(containsString("Eilidh Pagewise"))
                .body(containsString("Ruaridh Pagewise"))
                .body(containsString("Ready to write the profile"))
                .body(containsString("Talked about the bakery trial"))
                .body(containsString("Go over the interview questions"))
                .body(containsString("Travel to the bakery alone"))
                .body(containsString("Counter assistant, Filepage Bakery"))
                .body(containsString("Baker&#39;s assistant"))
                .body(containsString("Entered on the wrong day"))
                .body(containsString("14:30")));
        assertTrue(statements.count() <= 4, "the client page ran " + statements);

        // How the job stands under each funder's definition is what the API says, read the entity way.
        String page = given().auth().oauth2(team.leadToken()).get("/app/clients/{id}", client).then().extract().asString();
        JsonPath definitions = worker.request().get("/api/v1/clients/{c}/outcomes/{o}/definitions", client, job)
                .then().statusCode(200).extract().jsonPath();
        List<String> names = definitions.getList("definitionName");
        assertTrue(names.size() >= 2, names.toString());
        for (int i = 0; i < names.size(); i++) {
            String row = "<th scope=\"row\">" + names.get(i).replace("'", "&#39;") + "</th><td>";
            assertTrue(page.contains(row), "no row for " + names.get(i));
            String explanation = definitions.getString("[" + i + "].explanation");
            assertTrue(page.contains(explanation.replace("'", "&#39;")), "not explained as the API does: " + explanation);
        }
        // The hours in force today and the four-week check, worked out for today.
        JsonPath outcome = worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then().extract().jsonPath();
        assertEquals(14.0f, outcome.getFloat("hoursPerWeek"));
        assertTrue(page.contains(outcome.getString("followUps[0].label")), page);

        for (int more = 0; more < 3; more++) {
            worker.request().body(Map.of("channel", "EMAIL", "durationMinutes", 5, "notes", "Reminder " + more))
                    .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
            worker.request().body(Map.of("goal", "Goal " + more, "reviewDate", TODAY.plusDays(4 + more).toString()))
                    .post("/api/v1/clients/{id}/action-plan", client).then().statusCode(201);
        }
        assertEquals(statements.count(), Statements.during(dataSource, () -> given().auth().oauth2(team.leadToken())
                .get("/app/clients/{id}", client).then().statusCode(200).body(containsString("Reminder 2"))).count(),
                "the statements do not grow with the file");
    }

    @Test
    void anotherOrganisationsClientIsNotFound() {
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient());
        given().auth().oauth2(Tokens.worker(Tokens.SOUTH)).get("/app/clients/{id}", client).then().statusCode(404);
    }
}
