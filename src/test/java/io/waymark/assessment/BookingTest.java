package io.waymark.assessment;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.client.Route;
import io.waymark.support.Api;
import io.waymark.support.Database;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BookingTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Inject
    DataSource dataSource;

    @Test
    void ofParallelBookingsOfOneSlotExactlyOneSucceeds() throws Exception {
        String slot = Api.as(Tokens.newAdvisor("Race Advisor", Tokens.NORTH)).slot(TODAY.plusDays(5).atTime(10, 0));
        List<String> clients = IntStream.range(0, 6).mapToObj(i -> worker.refer(anActiveClient())).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<Integer>> answers = clients.stream().map(client -> pool.submit((Callable<Integer>) () -> {
                start.await();
                return worker.request().body(Map.of("slotId", slot, "clientId", client)).post("/api/v1/bookings")
                        .then().extract().statusCode();
            })).toList();
            start.countDown();
            List<Integer> statuses = answers.stream().map(BookingTest::get).sorted().toList();
            assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        worker.request().get("/api/v1/assessment-slots/free?from=" + TODAY.plusDays(5) + "&to=" + TODAY.plusDays(5))
                .then().body("id", not(hasItem(slot)));
    }

    @Test
    void aSecondBookingIsRefusedWhileOneIsLiveAndAllowedOnceItIsCancelled() throws Exception {
        Api advisor = Api.as(Tokens.newAdvisor("One Live Advisor", Tokens.NORTH));
        String client = worker.refer(anActiveClient());
        String first = worker.book(advisor.slot(TODAY.plusDays(9).atTime(9, 0)), client);
        String later = advisor.slot(TODAY.plusDays(12).atTime(9, 0));
        worker.request().body(Map.of("slotId", later, "clientId", client)).post("/api/v1/bookings").then().statusCode(409)
                .body("errors[0].field", equalTo("clientId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("move or cancel that booking instead"));
        worker.request().body(Map.of("reason", "Client asked for a later date")).post("/api/v1/bookings/{id}/cancellation", first)
                .then().statusCode(200);
        worker.book(later, client);

        // Two bookings of the same client sent at once: one stands.
        String other = worker.refer(anActiveClient());
        List<String> slots = List.of(advisor.slot(TODAY.plusDays(13).atTime(9, 0)), advisor.slot(TODAY.plusDays(13).atTime(11, 0)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = slots.stream().map(slot -> pool.submit((Callable<Integer>) () ->
                    worker.request().body(Map.of("slotId", slot, "clientId", other)).post("/api/v1/bookings")
                            .then().extract().statusCode())).toList();
            assertEquals(List.of(201, 409), answers.stream().map(BookingTest::get).sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClientCannotHoldTwoBookingsThatOverlap() {
        String client = worker.refer(anActiveClient());
        String first = Api.as(Tokens.newAdvisor("Overlap One", Tokens.NORTH)).slot(TODAY.plusDays(6).atTime(10, 0));
        String second = Api.as(Tokens.newAdvisor("Overlap Two", Tokens.NORTH)).slot(TODAY.plusDays(6).atTime(10, 30));
        worker.book(first, client);
        worker.request().body(Map.of("slotId", second, "clientId", client)).post("/api/v1/bookings")
                .then().statusCode(409).body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void cancellingNeedsAReasonAndFreesTheSlot() {
        String slot = Api.as(Tokens.newAdvisor("Cancel Advisor", Tokens.NORTH)).slot(TODAY.plusDays(7).atTime(9, 0));
        String booking = worker.book(slot, worker.refer(anActiveClient()));
        worker.request().body(Map.of("reason", "")).post("/api/v1/bookings/{id}/cancellation", booking)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        worker.request().body(Map.of("reason", "Client unwell")).post("/api/v1/bookings/{id}/cancellation", booking)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Client unwell"));
        worker.book(slot, worker.refer(anActiveClient()));
    }

    @Test
    void rebookingMovesTheBookingOrLeavesItWhereItWas() {
        Api advisor = Api.as(Tokens.newAdvisor("Rebook Advisor", Tokens.NORTH));
        String from = advisor.slot(TODAY.plusDays(8).atTime(9, 0));
        String to = advisor.slot(TODAY.plusDays(8).atTime(11, 0));
        String taken = advisor.slot(TODAY.plusDays(8).atTime(13, 0));
        String client = worker.refer(anActiveClient());
        String booking = worker.book(from, client);
        worker.book(taken, worker.refer(anActiveClient()));

        worker.request().body(Map.of("slotId", taken)).post("/api/v1/bookings/{id}/rebooking", booking).then().statusCode(409);
        worker.request().get("/api/v1/bookings/{id}", booking).then().body("status", equalTo("BOOKED"));

        worker.request().body(Map.of("slotId", to)).post("/api/v1/bookings/{id}/rebooking", booking).then().statusCode(201)
                .body("slotId", equalTo(to)).body("status", equalTo("BOOKED"));
        worker.request().get("/api/v1/bookings/{id}", booking).then().body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Rebooked"));
    }

    @Test
    void theAdvisorWhoSawTheClientRecordsTheRouteOnce() {
        Api advisor = Api.as(Tokens.newAdvisor("Route Advisor", Tokens.NORTH));
        String slot = advisor.slot(TODAY.plusDays(2).atTime(15, 0));
        String client = worker.refer(anActiveClient());
        String booking = worker.book(slot, client);
        Map<String, Object> outcome = Map.of("route", "INDIVIDUAL_PLACEMENT_AND_SUPPORT",
                "needsAndAdjustments", "Quiet room; written instructions", "reviewDate", TODAY.plusMonths(2).toString());

        advisor.request().body(Map.of("attended", true)).post("/api/v1/bookings/{id}/attendance", booking)
                .then().statusCode(409);
        Database.moveSlotIntoThePast(dataSource, slot, 2);
        advisor.request().body(outcome).post("/api/v1/bookings/{id}/assessment", booking).then().statusCode(409);
        advisor.request().body(Map.of("attended", true)).post("/api/v1/bookings/{id}/attendance", booking)
                .then().statusCode(200).body("status", equalTo("ATTENDED"));
        Api.as(Tokens.newAdvisor("Not There", Tokens.NORTH)).request().body(outcome)
                .post("/api/v1/bookings/{id}/assessment", booking).then().statusCode(403);
        advisor.request().body(outcome).post("/api/v1/bookings/{id}/assessment", booking).then().statusCode(200)
                .body("assessment.route", equalTo("INDIVIDUAL_PLACEMENT_AND_SUPPORT"))
                .body("assessment.recordedByName", equalTo("Route Advisor"));
        advisor.request().body(outcome).post("/api/v1/bookings/{id}/assessment", booking).then().statusCode(409);
        worker.request().get("/api/v1/clients/{id}", client).then()
                .body("recommendedRoute", equalTo("INDIVIDUAL_PLACEMENT_AND_SUPPORT"));
    }

    @Test
    void anotherOrganisationsSlotsAndBookingsAreOutOfReach() {
        String slot = Api.as(Tokens.newAdvisor("North Advisor", Tokens.NORTH)).slot(TODAY.plusDays(9).atTime(9, 0));
        String booking = worker.book(slot, worker.refer(anActiveClient()));
        Api south = Api.as(Tokens.worker(Tokens.SOUTH));
        south.request().get("/api/v1/bookings/{id}", booking).then().statusCode(404);
        south.request().body(Map.of("slotId", slot, "clientId", south.refer(anActiveClient())))
                .post("/api/v1/bookings").then().statusCode(400).body("errors[0].field", equalTo("slotId"));
    }

    private static Integer get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
