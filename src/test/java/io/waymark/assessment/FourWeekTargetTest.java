package io.waymark.assessment;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Database;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The four-week target on five clients whose figures are worked out by hand in the comments. */
@QuarkusTest
class FourWeekTargetTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.SOUTH));

    @Inject
    DataSource dataSource;

    @Test
    void theListsAndSharesMatchTheFiguresWorkedOutByHand() {
        BuiltTeam team = TeamBuilder.aTeamIn(Tokens.SOUTH).build();
        Api advisor = Api.as(Tokens.newAdvisor("Target Advisor " + team.id().substring(0, 6), Tokens.SOUTH));
        String advisorId = advisor.request().get("/api/v1/me").then().extract().path("id");

        String dueSoon = flagged(team, TODAY.minusDays(10));       // due in 18 days, not booked: to book
        String overdue = flagged(team, TODAY.minusDays(40));       // due 12 days ago, not booked: overdue
        String late = flagged(team, TODAY.minusDays(20));          // due in 8 days, booked in 12: booked late
        String inTime = flagged(team, TODAY.minusDays(35));        // due 7 days ago, seen 9 days ago: in time
        String seenLate = flagged(team, TODAY.minusDays(50));      // due 22 days ago, seen yesterday: late

        worker.book(advisor.slot(TODAY.plusDays(12).atTime(10, 0)), late);
        attend(advisor, inTime, 9);
        attend(advisor, seenLate, 1);

        JsonPath report = advisor.request().get("/api/v1/diary/four-week-target").then().statusCode(200).extract().jsonPath();

        assertTrue(ids(report, "dueForBooking").contains(dueSoon));
        assertFalse(ids(report, "dueForBooking").contains(overdue));
        assertTrue(ids(report, "overdueUnbooked").contains(overdue));
        assertEquals(List.of(late), ids(report, "bookedLate").stream().filter(List.of(late, dueSoon)::contains).toList());
        assertEquals(TODAY.plusDays(12).toString(), report.getString("bookedLate.find { it.clientId == '" + late + "' }.bookedOn"));
        for (String seen : List.of(inTime, seenLate)) {
            assertFalse(ids(report, "dueForBooking").contains(seen) || ids(report, "overdueUnbooked").contains(seen));
        }

        // The advisor saw 2 flagged clients, 1 by the due date: 50%.
        String byAdvisor = "byAdvisor.find { it.id == '" + advisorId + "' }.";
        assertEquals(2, report.getInt(byAdvisor + "counted"));
        assertEquals(1, report.getInt(byAdvisor + "withinFourWeeks"));
        assertEquals(50, report.getInt(byAdvisor + "percent"));
        // The team counts those due by now or seen: overdue, inTime, seenLate = 3; in time: 1 = 33%.
        String byTeam = "byTeam.find { it.id == '" + team.id() + "' }.";
        assertEquals(3, report.getInt(byTeam + "counted"));
        assertEquals(1, report.getInt(byTeam + "withinFourWeeks"));
        assertEquals(33, report.getInt(byTeam + "percent"));
    }

    @Test
    void theDueDateIsFourWeeksAfterTheProgrammeStart() {
        String client = worker.refer(anActiveClient().referredOn(TODAY.minusDays(3)).consentedOn(TODAY.minusDays(3))
                .with("programmeStartDate", TODAY.minusDays(2).toString()).with("needsIntenseSupport", true));
        worker.request().get("/api/v1/clients/{id}", client).then()
                .body("assessmentDueOn", equalTo(TODAY.plusDays(26).toString()));
        String notFlagged = worker.refer(anActiveClient());
        assertNull(worker.request().get("/api/v1/clients/{id}", notFlagged).then().extract().path("assessmentDueOn"));
    }

    @Test
    void workersDoNotSeeTheFigures() {
        worker.request().get("/api/v1/diary/four-week-target").then().statusCode(403);
    }

    private String flagged(BuiltTeam team, LocalDate programmeStart) {
        String client = worker.refer(anActiveClient().referredOn(programmeStart).consentedOn(programmeStart)
                .with("programmeStartDate", programmeStart.toString()).with("needsIntenseSupport", true));
        worker.request().body(Map.of("clientId", client)).post("/api/v1/teams/{id}/waiting-list", team.id())
                .then().statusCode(200);
        return client;
    }

    private void attend(Api advisor, String client, int daysAgo) {
        String slot = advisor.slot(TODAY.plusDays(20 + daysAgo).atTime(9, 0));
        String booking = worker.book(slot, client);
        Database.moveSlotIntoThePast(dataSource, slot, daysAgo * 24L);
        advisor.request().body(Map.of("attended", true)).post("/api/v1/bookings/{id}/attendance", booking)
                .then().statusCode(200);
    }

    private static List<String> ids(JsonPath report, String list) {
        return report.getList(list + ".clientId", String.class);
    }
}
