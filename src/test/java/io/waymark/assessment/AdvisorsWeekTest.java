package io.waymark.assessment;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.waymark.support.Api;
import io.waymark.support.Database;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The advisor's week from the pages: a weekly series published, days stepped through, attendance taken back. */
@QuarkusTest
class AdvisorsWeekTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Inject
    DataSource dataSource;

    @Test
    void aWeeklySeriesIsPublishedFromTheDiaryAndTheDayViewStepsDayByDay() {
        String advisor = Tokens.newAdvisor("Series Advisor", Tokens.NORTH);
        String csrf = given().auth().oauth2(advisor).get("/app/diary").then().statusCode(200).extract().cookie("csrf-token");
        LocalDate from = TODAY.plusWeeks(3);
        given().auth().oauth2(advisor).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf)
                .formParam("fromDate", from.toString()).formParam("toDate", from.plusWeeks(1).minusDays(1).toString())
                .formParam("daysOfWeek", "TUESDAY").formParam("daysOfWeek", "THURSDAY")
                .formParam("seriesTime", "10:00").formParam("seriesLength", "60").formParam("seriesPlace", "Room 2")
                .post("/app/diary/series").then().statusCode(303);
        Api.as(advisor).request().queryParam("from", from.toString()).queryParam("to", from.plusDays(6).toString())
                .get("/api/v1/assessment-slots/free").then().body("findAll { it.place == 'Room 2' }.size()", equalTo(2));
        given().auth().oauth2(advisor).queryParam("view", "day").queryParam("date", from.toString()).get("/app/diary")
                .then().statusCode(200).body(containsString("date=" + from.plusDays(1)))
                .body(containsString("Previous day")).body(containsString("Next day"));
    }

    @Test
    void attendanceRecordedByMistakeIsTakenBackOnTheDayButNotAfterTheOutcome() {
        String advisorToken = Tokens.newAdvisor("Undo Advisor", Tokens.NORTH);
        Api advisor = Api.as(advisorToken);
        Api worker = Api.as(Tokens.worker(Tokens.NORTH));
        String slot = advisor.slot(TODAY.plusDays(2).atTime(10, 0));
        String booking = worker.book(slot, worker.refer(anActiveClient()));
        Database.startSlotEarlierToday(dataSource, slot);

        advisor.request().body(Map.of("attended", false)).post("/api/v1/bookings/{id}/attendance", booking).then()
                .statusCode(200).body("status", equalTo("DID_NOT_ATTEND"));
        advisor.request().delete("/api/v1/bookings/{id}/attendance", booking).then().statusCode(200)
                .body("status", equalTo("BOOKED"));
        advisor.request().body(Map.of("attended", true)).post("/api/v1/bookings/{id}/attendance", booking).then()
                .statusCode(200);
        advisor.request().body(Map.of("route", "INDIVIDUAL_PLACEMENT_AND_SUPPORT")).post("/api/v1/bookings/{id}/assessment", booking).then()
                .statusCode(200);
        advisor.request().delete("/api/v1/bookings/{id}/attendance", booking).then().statusCode(409)
                .body("detail", containsString("the attendance stands"));
        worker.request().delete("/api/v1/bookings/{id}/attendance", booking).then().statusCode(403);
    }
}
