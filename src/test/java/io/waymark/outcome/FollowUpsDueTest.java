package io.waymark.outcome;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpsDueTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aWorkerSeesTheirOverdueChecksThenThoseDueThisWeek() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Iona", 10).withWorker("Jock", 10).build();
        Api intake = Api.as(Tokens.worker(Tokens.NORTH));
        String employer = intake.employer("Due Ltd");
        String dueToday = clientWithJob(team, "Iona", employer, TODAY.minusWeeks(4));
        String overdue = clientWithJob(team, "Iona", employer, TODAY.minusWeeks(4).minusDays(3));
        clientWithJob(team, "Iona", employer, TODAY.minusDays(3));
        clientWithJob(team, "Jock", employer, TODAY.minusWeeks(5));

        Api.as(team.worker("Iona").token()).request().get("/api/v1/follow-ups/due").then().statusCode(200)
                .body("clientId", equalTo(List.of(overdue, dueToday)))
                .body("overdue", equalTo(List.of(true, false)))
                .body("label", equalTo(List.of("4 weeks", "4 weeks")));
    }

    private String clientWithJob(BuiltTeam team, String worker, String employer, LocalDate start) {
        Api intake = Api.as(Tokens.worker(Tokens.NORTH));
        String client = intake.refer(anActiveClient().referredOn(start.minusDays(10)).consentedOn(start.minusDays(9)));
        team.lead().assign(client, team.worker(worker).staffId()).statusCode(201);
        intake.outcome(client, aJobGainedWith(employer).startingOn(start));
        return client;
    }
}
