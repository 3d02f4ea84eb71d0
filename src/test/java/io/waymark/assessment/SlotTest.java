package io.waymark.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Tokens;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlotTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final int NEXT_YEAR = TODAY.getYear() + 1;

    @Test
    void aWeeklySlotKeepsItsLocalTimeAcrossTheSpringClockChange() {
        // Clocks go forward on the last Sunday of March: 10:00 is 10:00 GMT before it and 09:00 UTC after.
        LocalDate change = LocalDate.of(NEXT_YEAR, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        Api advisor = Api.as(Tokens.newAdvisor("Spring Advisor", Tokens.NORTH));
        advisor.request().body(pattern(change.minusDays(5), change.plusDays(2)))
                .post("/api/v1/assessment-slots/weekly").then().statusCode(201)
                .body("startTime", equalTo(List.of("10:00:00", "10:00:00")))
                .body("startsAt", equalTo(List.of(change.minusDays(5) + "T10:00:00Z", change.plusDays(2) + "T10:00:00+01:00")));
    }

    @Test
    void aWeeklySlotKeepsItsLocalTimeAcrossTheAutumnClockChange() {
        LocalDate change = LocalDate.of(NEXT_YEAR, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        Api advisor = Api.as(Tokens.newAdvisor("Autumn Advisor", Tokens.NORTH));
        advisor.request().body(pattern(change.minusDays(5), change.plusDays(2)))
                .post("/api/v1/assessment-slots/weekly").then().statusCode(201)
                .body("startsAt", equalTo(List.of(change.minusDays(5) + "T10:00:00+01:00", change.plusDays(2) + "T10:00:00Z")))
                .body("lengthMinutes", equalTo(List.of(45, 45)));
    }

    @Test
    void anAdvisorsSlotsDoNotOverlapAndAreInTheFuture() {
        Api advisor = Api.as(Tokens.newAdvisor("Busy Advisor", Tokens.NORTH));
        LocalDateTime start = TODAY.plusDays(3).atTime(14, 0);
        advisor.slot(start);
        advisor.request().body(Map.of("date", start.toLocalDate().toString(), "startTime", "14:30", "lengthMinutes", 30,
                "place", "Room 1")).post("/api/v1/assessment-slots").then().statusCode(409)
                .body("errors[0].field", equalTo("startTime"));
        advisor.request().body(Map.of("date", TODAY.minusDays(1).toString(), "startTime", "09:00", "lengthMinutes", 30,
                "place", "Room 1")).post("/api/v1/assessment-slots").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        advisor.request().body(Map.of("date", TODAY.plusDays(3).toString(), "startTime", "09:00", "lengthMinutes", 5,
                "place", "")).post("/api/v1/assessment-slots").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lengthMinutes", "place")));
        // Another advisor may hold a slot at the same time.
        Api.as(Tokens.newAdvisor("Other Advisor", Tokens.NORTH)).slot(start);
    }

    @Test
    void onlyAFreeSlotIsWithdrawnAndOnlyByItsAdvisor() {
        Api advisor = Api.as(Tokens.newAdvisor("Withdrawing Advisor", Tokens.NORTH));
        String free = advisor.slot(TODAY.plusDays(4).atTime(9, 0));
        String booked = advisor.slot(TODAY.plusDays(4).atTime(11, 0));
        Api worker = Api.as(Tokens.worker(Tokens.NORTH));
        worker.book(booked, worker.refer(ClientBuilder.anActiveClient()));

        Api.as(Tokens.newAdvisor("Someone Else", Tokens.NORTH)).request().delete("/api/v1/assessment-slots/{id}", free)
                .then().statusCode(403);
        worker.request().delete("/api/v1/assessment-slots/{id}", free).then().statusCode(403);
        advisor.request().delete("/api/v1/assessment-slots/{id}", booked).then().statusCode(409);
        advisor.request().delete("/api/v1/assessment-slots/{id}", free).then().statusCode(200).body("withdrawn", equalTo(true));
        worker.request().get("/api/v1/assessment-slots/free?from=" + TODAY.plusDays(4) + "&to=" + TODAY.plusDays(4))
                .then().body("id", not(hasItem(free))).body("id", not(hasItem(booked)));
    }

    private static Map<String, Object> pattern(LocalDate from, LocalDate to) {
        return Map.of("fromDate", from.toString(), "toDate", to.toString(), "daysOfWeek", List.of(from.getDayOfWeek().name()),
                "startTime", "10:00", "lengthMinutes", 45, "place", "https://video.example/room-4");
    }
}
