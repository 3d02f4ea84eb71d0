package io.waymark.casefile;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.security.TenantScope;
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
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A client's page shows the whole case file (here to their team lead, who also sees whom to assign), read in a few statements however long the history. */
@QuarkusTest
class ClientPageTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);

    @Inject
    DataSource dataSource;

    @Inject
    TenantScope tenants;

    @Inject
    ClientFileQuery files;

    @Inject
    ClientFileThroughServices services;

    @Inject
    ObjectMapper json;

    @Test
    void theWholeFileIsOnThePageInFourStatementsWhateverItsLength() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Eilidh Pagewise", 10).withWorker("Ruaridh Pagewise", 10).build();
        String client = aFullFile(team, "Eilidh Pagewise", "Filepage Bakery");
        Worker eilidh = team.worker("Eilidh Pagewise");
        Api worker = Api.as(eilidh.token());
        String job = worker.request().get("/api/v1/clients/{id}/outcomes", client).then().extract().path("find { it.jobTitle == \"Baker's assistant\" }.id");

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
                .body(containsString("14:30"))
                .body(containsString("Referred twice")));
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
        assertTrue(page.contains(outcome.getString("followUps[0].label") + " check, due " + outcome.getString("followUps[0].dueOn")
                + ": <strong>overdue</strong>"), page);
        assertTrue(page.contains("id=\"hours-" + outcome.getString("followUps[0].id") + "\" name=\"hoursPerWeek\" inputmode=\"decimal\" value=\"14.0\""),
                "the overdue check is answered on the page, from the hours in force: " + page);

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

    /** The same file read as one SQL statement and through the features' services, entities and mappers. */
    @Test
    void theFileReadAsSqlIsTheFileReadThroughTheServices() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Iona Compared", 10).withWorker("Fionn Compared", 10).build();
        UUID client = UUID.fromString(aFullFile(team, "Iona Compared", "Compared Bakery"));
        JsonNode throughServices = comparable(tenants.call(Tokens.NORTH, () -> services.of(client)));
        JsonNode asSql = comparable(tenants.call(Tokens.NORTH, () -> files.of(client)));
        assertEquals(throughServices.toPrettyString(), asSql.toPrettyString());
    }

    /** The file as JSON with moments as instants (the SQL read gives them in UK time), less the minute it was read. */
    private JsonNode comparable(ClientFile file) {
        ObjectNode tree = json.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS).valueToTree(file);
        ((ObjectNode) tree.get("summary")).remove("timeNow");
        return tree;
    }

    /**
     * A client with something in every part of the file: assigned by the team lead to its first worker, moved on a
     * stage, a contact and a plan, a goal, a job match, a job whose hours changed and whose four-week check is
     * overdue, a job removed as recorded in error, a booked assessment and a free slot, a duplicate merged into it.
     */
    private static String aFullFile(BuiltTeam team, String workerName, String employerName) {
        Worker eilidh = team.worker(workerName);
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
        String employer = worker.employer(employerName);
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
        Api advisor = Api.as(Tokens.newAdvisor("Advisor for " + workerName, Tokens.NORTH));
        String booked = advisor.slot(TODAY.plusDays(9).atTime(10, 0));
        advisor.slot(TODAY.plusDays(10).atTime(14, 30));
        worker.book(booked, client);
        String duplicate = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient().named("Catriona", "Filepage-Twice"));
        Api.as(Tokens.admin(Tokens.NORTH)).request().body(Map.of("mergedClientId", duplicate, "reason", "Referred twice"))
                .post("/api/v1/clients/{id}/merges", client).then().statusCode(201);
        return client;
    }

    @Test
    void anotherOrganisationsClientIsNotFound() {
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient());
        given().auth().oauth2(Tokens.worker(Tokens.SOUTH)).get("/app/clients/{id}", client).then().statusCode(404);
    }
}
