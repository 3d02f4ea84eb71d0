package io.waymark.assessment;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiaryTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void theDiaryShowsADaysSlotsWithTheirBookings() {
        Api advisor = Api.as(Tokens.newAdvisor("Diary Advisor", Tokens.NORTH));
        String advisorId = advisor.request().get("/api/v1/me").then().extract().path("id");
        LocalDate day = TODAY.plusDays(10);
        advisor.slot(day.atTime(9, 0));
        String booked = advisor.slot(day.atTime(11, 0));
        String client = worker.refer(anActiveClient().named("Diary", "Client"));
        worker.book(booked, client);
        advisor.slot(day.plusDays(1).atTime(9, 0));

        advisor.request().get("/api/v1/diary/advisors/{id}?view=day&date=" + day, advisorId).then().statusCode(200)
                .body("days.size()", equalTo(1))
                .body("days[0].slots.slot.startTime", equalTo(List.of("09:00:00", "11:00:00")))
                .body("days[0].slots[0].clientId", nullValue())
                .body("days[0].slots[1].clientName", equalTo("Diary Client"))
                .body("days[0].slots[1].bookingStatus", equalTo("BOOKED"));
        advisor.request().get("/api/v1/diary/advisors/{id}?view=week&date=" + day, advisorId).then()
                .body("days.size()", equalTo(7));
        advisor.request().get("/api/v1/diary/advisors/{id}?view=month", advisorId).then().statusCode(400)
                .body("errors[0].field", equalTo("view"));
    }

    @Test
    void theCalendarFeedIsValidICalendarWithoutClientNames() throws Exception {
        Api advisor = Api.as(Tokens.newAdvisor("Feed Advisor", Tokens.NORTH));
        String free = advisor.slot(TODAY.plusDays(11).atTime(9, 0));
        String booked = advisor.slot(TODAY.plusDays(11).atTime(11, 0));
        String client = worker.refer(anActiveClient().named("Secret", "Person"));
        worker.book(booked, client);
        String reference = worker.request().get("/api/v1/clients/{id}", client).then().extract().path("reference");

        String url = advisor.request().post("/api/v1/diary/feed").then().statusCode(201).extract().path("url");
        String body = given().get(URI.create(url).getPath()).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        calendar.validate();
        Map<String, String> summaries = calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast)
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e.getSummary().getValue()));
        assertEquals(Map.of(free + "@waymark", "Free assessment slot", booked + "@waymark", "Assessment: " + reference),
                summaries);
        assertFalse(body.contains("Secret") || body.contains("Person"));

        // A new link replaces the old one; revoking ends it.
        String newer = advisor.request().post("/api/v1/diary/feed").then().extract().path("url");
        given().get(URI.create(url).getPath()).then().statusCode(404);
        given().get(URI.create(newer).getPath()).then().statusCode(200);
        advisor.request().delete("/api/v1/diary/feed").then().statusCode(204);
        given().get(URI.create(newer).getPath()).then().statusCode(404);
    }
}
