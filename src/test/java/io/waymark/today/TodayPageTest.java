package io.waymark.today;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.security.Roles;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Statements;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.TeamBuilder.Worker;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A worker's day on one page, read in a few statements however full the day is. */
@QuarkusTest
class TodayPageTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);

    @Inject
    DataSource dataSource;

    @Test
    void theDayShowsPlansChecksAndReviewsInThreeStatementsWhateverItsSize() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Morag", 10).build();
        Worker morag = team.worker("Morag");
        Api asMorag = Api.as(morag.token());
        String employer = asMorag.employer("Today Ltd");

        String planned = caseOf(team, morag, anActiveClient().named("Una", "Plannedtoday"));
        asMorag.request().body(Map.of("plannedFor", OffsetDateTime.now(UK).plusMinutes(2).toString(),
                "channel", "PHONE", "purpose", "Ask how the interview went"))
                .post("/api/v1/clients/{id}/contacts/planned", planned).then().statusCode(201);
        String working = caseOf(team, morag, anActiveClient().named("Wilma", "Checkdue")
                .referredOn(TODAY.minusWeeks(6)).consentedOn(TODAY.minusWeeks(6)));
        asMorag.outcome(working, aJobGainedWith(employer).startingOn(TODAY.minusWeeks(4).minusDays(2)));
        String reviewed = caseOf(team, morag, anActiveClient().named("Rab", "Reviewsoon"));
        asMorag.request().body(Map.of("goal", "Update the CV", "reviewDate", TODAY.plusDays(2).toString()))
                .post("/api/v1/clients/{id}/action-plan", reviewed).then().statusCode(201);

        Statements statements = Statements.during(dataSource, () -> given().auth().oauth2(morag.token())
                .get("/app/today").then().statusCode(200)
                .body(containsString("3 open cases of a limit of 10"))
                .body(containsString("Ask how the interview went"))
                .body(containsString("Wilma Checkdue"))
                .body(containsString("4 weeks"))
                .body(containsString("Update the CV")));
        assertTrue(statements.count() <= 3, "the Today page ran " + statements);

        caseOf(team, morag, anActiveClient().named("Fourth", "Case"));
        caseOf(team, morag, anActiveClient().named("Fifth", "Case"));
        assertEquals(statements.count(), Statements.during(dataSource, () -> given().auth().oauth2(morag.token())
                .get("/app/today").then().statusCode(200).body(containsString("5 open cases"))).count(),
                "the statements do not grow with the caseload");
    }

    @Test
    void theCaseloadApiIsOneStatementBesideTheTenantScoping() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Lachie", 4).build();
        Worker lachie = team.worker("Lachie");
        caseOf(team, lachie, anActiveClient());
        String moved = caseOf(team, lachie, anActiveClient());
        Api.as(lachie.token()).moveStage(moved, "VOCATIONAL_PROFILING", "Ready to profile").statusCode(201);

        Statements statements = Statements.during(dataSource, () -> Api.as(lachie.token()).request()
                .get("/api/v1/caseloads/mine").then().statusCode(200)
                .body("activeClients", equalTo(2)).body("limit", equalTo(4)).body("percentOfLimit", equalTo(50))
                .body("clientsPerStage.ENGAGEMENT", equalTo(1))
                .body("clientsPerStage.VOCATIONAL_PROFILING", equalTo(1))
                .body("clientsPerStage.JOB_MATCHING", equalTo(0)));
        assertEquals(2, statements.count(), () -> "the caseload API ran " + statements);
    }

    @Test
    void someoneWhoseFirstRequestIsTheirCaseloadGetsTheirEmptyCaseload() {
        String newcomer = Tokens.named("first-" + UUID.randomUUID(), "Nell Newcomer", Tokens.NORTH,
                Roles.WORKER);
        Api.as(newcomer).request().get("/api/v1/caseloads/mine").then().statusCode(200)
                .body("name", equalTo("Nell Newcomer")).body("activeClients", equalTo(0)).body("limit", equalTo(25));
        Api.as(Tokens.named("first-" + UUID.randomUUID(), "Una Known", Tokens.UNREGISTERED,
                Roles.WORKER)).request().get("/api/v1/caseloads/mine").then().statusCode(403);
    }

    private static String caseOf(BuiltTeam team, Worker worker, ClientBuilder client) {
        String id = Api.as(Tokens.worker(Tokens.NORTH)).refer(client);
        team.lead().assign(id, worker.staffId()).statusCode(201);
        return id;
    }
}
