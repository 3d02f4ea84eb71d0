package io.waymark.outcome;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.OutcomeBuilder.aJobRetainedWith;
import static io.waymark.support.OutcomeBuilder.selfEmployment;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobOutcomeTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void aGainedJobIsRecordedWithItsHoursBandAndTheNationalFollowUps() {
        String client = worker.refer(anActiveClient());
        LocalDate start = TODAY.minusDays(10);
        worker.request().body(aJobGainedWith(worker.employer("Band Cafe")).startingOn(start).hours(16).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201)
                .body("type", equalTo("GAINED"))
                .body("hoursBand", equalTo("FROM_16_TO_UNDER_30"))
                .body("sixteenHoursOrMore", equalTo(true))
                .body("current", equalTo(true))
                .body("followUps.label", equalTo(List.of("4 weeks", "13 weeks", "26 weeks", "52 weeks")))
                .body("followUps.dueOn", equalTo(List.of(start.plusWeeks(4).toString(), start.plusWeeks(13).toString(),
                        start.plusWeeks(26).toString(), start.plusWeeks(52).toString())));
    }

    @Test
    void fairStartScotlandFollowsUpAtThreeSixAndTwelveMonths() {
        String client = worker.refer(anActiveClient().with("programme", "FAIR_START_SCOTLAND")
                .referredOn(LocalDate.parse("2026-08-01")).consentedOn(LocalDate.parse("2026-08-03")));
        LocalDate start = LocalDate.parse("2026-08-31").isAfter(TODAY) ? TODAY.minusDays(3) : LocalDate.parse("2026-08-31");
        worker.request().body(aJobRetainedWith(worker.employer("Months Ltd")).startingOn(start).hours(4).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201)
                .body("hoursBand", equalTo("UNDER_5"))
                .body("sixteenHoursOrMore", equalTo(false))
                .body("followUps.label", equalTo(List.of("3 months", "6 months", "12 months")))
                .body("followUps.dueOn", equalTo(List.of(start.plusMonths(3).toString(), start.plusMonths(6).toString(),
                        start.plusMonths(12).toString())));
    }

    @Test
    void followUpsFallOnTheCalendarDayAcrossClockChanges() {
        String client = worker.refer(anActiveClient().referredOn(LocalDate.parse("2026-01-05")).consentedOn(LocalDate.parse("2026-01-06")));
        String employer = worker.employer("Clock Works");
        // Clocks go forward on 29 March 2026 and back on 25 October 2026: four weeks is still 28 calendar days.
        worker.request().body(aJobGainedWith(employer).startingOn(LocalDate.parse("2026-03-02")).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201)
                .body("followUps[0].dueOn", equalTo("2026-03-30"))
                .body("followUps[1].dueOn", equalTo("2026-06-01"));
        worker.request().body(aJobGainedWith(employer).startingOn(LocalDate.parse("2026-10-05")).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201)
                .body("followUps[0].dueOn", equalTo("2026-11-02"));
    }

    @Test
    void payBelowTheMinimumWageIsNotAJobOutcomeOnEitherSideOfTheRateChange() {
        // Aged 30; the rate for 21 and over rose from £12.21 to £12.71 on 1 April 2026.
        String client = worker.refer(earlyReferral().bornOn(LocalDate.parse("1996-01-15")));
        String employer = worker.employer("Wage Check Ltd");
        worker.request().body(aJobGainedWith(employer).startingOn(LocalDate.parse("2026-03-31")).pay(12.50).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201);
        worker.request().body(aJobGainedWith(employer).startingOn(LocalDate.parse("2026-04-01")).pay(12.50).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(400)
                .body("errors[0].field", equalTo("hourlyPay"))
                .body("errors[0].message", containsString("below the minimum wage of £12.71 for someone aged 30 on 2026-04-01"))
                .body("errors[0].message", containsString("unpaid work"));
        worker.request().body(aJobGainedWith(employer).startingOn(LocalDate.parse("2026-04-01")).pay(12.71).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201);
    }

    @Test
    void theMinimumWageDependsOnAgeAtTheStart() {
        // Aged 19 on 1 May 2026: the 18-20 rate is £10.85.
        String client = worker.refer(earlyReferral().bornOn(LocalDate.parse("2007-02-01")));
        String employer = worker.employer("Youth Rate Ltd");
        worker.request().body(aJobGainedWith(employer).startingOn(LocalDate.parse("2026-05-01")).pay(10.85).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201);
        worker.request().body(aJobGainedWith(employer).startingOn(LocalDate.parse("2026-05-01")).pay(10.50).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(400)
                .body("errors[0].message", containsString("£10.85 for someone aged 19"));
    }

    @Test
    void selfEmploymentNeedsNoEmployerNorHourlyPay() {
        String client = worker.refer(anActiveClient());
        worker.request().body(selfEmployment().hours(8).build()).post("/api/v1/clients/{id}/outcomes", client)
                .then().statusCode(201).body("employerId", nullValue()).body("contractType", equalTo("SELF_EMPLOYED"))
                .body("hoursBand", equalTo("FROM_5_TO_UNDER_16"));
        worker.request().body(aJobGainedWith(null).build()).post("/api/v1/clients/{id}/outcomes", client)
                .then().statusCode(400).body("errors[0].field", equalTo("employerId"));
        worker.request().body(aJobGainedWith(worker.employer("No Pay Ltd")).without("hourlyPay").build())
                .post("/api/v1/clients/{id}/outcomes", client)
                .then().statusCode(400).body("errors[0].field", equalTo("hourlyPay"));
    }

    @Test
    void hoursBandsAreNamedByWhatTheyHold() {
        String client = worker.refer(anActiveClient());
        String employer = worker.employer("Band Edges Ltd");
        worker.request().body(aJobGainedWith(employer).hours(4.5).build()).post("/api/v1/clients/{id}/outcomes", client)
                .then().statusCode(201).body("hoursBand", equalTo("UNDER_5"));
        worker.request().body(aJobGainedWith(employer).hours(15.5).build()).post("/api/v1/clients/{id}/outcomes", client)
                .then().statusCode(201).body("hoursBand", equalTo("FROM_5_TO_UNDER_16"));
        worker.request().body(aJobGainedWith(employer).hours(29.9).build()).post("/api/v1/clients/{id}/outcomes", client)
                .then().statusCode(201).body("hoursBand", equalTo("FROM_16_TO_UNDER_30"));
        assertEquals("Under 5 hours", io.waymark.common.Words.of(HoursBand.UNDER_5));
    }

    @Test
    void hoursMustBeMoreThanNothingAndAtMostEighty() {
        String client = worker.refer(anActiveClient());
        String employer = worker.employer("Hours Ltd");
        for (Object hours : List.of(0, 200, -3)) {
            worker.request().body(aJobGainedWith(employer).hours(hours).build()).post("/api/v1/clients/{id}/outcomes", client)
                    .then().statusCode(400).body("errors[0].field", equalTo("hoursPerWeek"));
        }
        worker.request().get("/api/v1/clients/{id}/outcomes", client).then().body("size()", equalTo(0));
    }

    @Test
    void aJobGainedCannotStartBeforeTheReferral() {
        String client = worker.refer(anActiveClient());
        worker.request().body(aJobGainedWith(worker.employer("Early Ltd")).startingOn(TODAY.minusYears(2)).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        worker.request().body(aJobRetainedWith(worker.employer("Held Ltd")).startingOn(TODAY.minusYears(2)).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201);
    }

    @Test
    void aClosedOrNotYetConsentedClientTakesNoOutcome() {
        String employer = worker.employer("Closed Door Ltd");
        String closed = worker.refer(anActiveClient());
        worker.request().body(Map.of("reason", "MOVED_AWAY")).post("/api/v1/clients/{id}/closure", closed).then().statusCode(200);
        worker.request().body(aJobGainedWith(employer).build()).post("/api/v1/clients/{id}/outcomes", closed)
                .then().statusCode(409).body("detail", containsString("closed"));
        worker.request().body(aJobGainedWith(employer).build()).post("/api/v1/clients/{id}/outcomes", worker.refer(aReferral()))
                .then().statusCode(409).body("detail", containsString("consent"));
    }

    @Test
    void hoursAreKeptAsDatedChanges() {
        String client = worker.refer(anActiveClient());
        LocalDate start = TODAY.minusDays(15);
        String outcome = worker.outcome(client, aJobGainedWith(worker.employer("Rising Hours Ltd")).startingOn(start).hours(6));
        worker.request().body(Map.of("effectiveFrom", start.plusDays(7).toString(), "hoursPerWeek", 18))
                .post("/api/v1/clients/{c}/outcomes/{o}/hours", client, outcome).then().statusCode(201)
                .body("hours.hoursPerWeek", equalTo(List.of(6.0f, 18.0f)))
                .body("hoursPerWeek", equalTo(18.0f))
                .body("sixteenHoursOrMore", equalTo(true));
        worker.request().body(Map.of("effectiveFrom", start.minusDays(1).toString(), "hoursPerWeek", 10))
                .post("/api/v1/clients/{c}/outcomes/{o}/hours", client, outcome).then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveFrom"));
    }

    @Test
    void aJobEndsOnceAndNotBeforeItStarted() {
        String client = worker.refer(anActiveClient());
        LocalDate start = TODAY.minusDays(8);
        String outcome = worker.outcome(client, aJobGainedWith(worker.employer("Ending Ltd")).startingOn(start));
        end(client, outcome, start.minusDays(1)).statusCode(400).body("errors[0].field", equalTo("endDate"));
        end(client, outcome, TODAY).statusCode(200).body("outcome.current", equalTo(false))
                .body("outcome.endReason", equalTo("Contract ended"));
        end(client, outcome, TODAY).statusCode(409);
    }

    @Test
    void followUpAnswersAreCompleteAndGivenOnce() {
        String client = worker.refer(anActiveClient().referredOn(TODAY.minusDays(60)).consentedOn(TODAY.minusDays(59)));
        String outcome = worker.outcome(client, aJobGainedWith(worker.employer("Check Ltd")).startingOn(TODAY.minusDays(30)).hours(10));
        String fourWeeks = worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, outcome)
                .then().body("followUps[0].overdue", equalTo(true)).extract().path("followUps[0].id");

        answer(client, outcome, fourWeeks, Map.of("answer", "IN_EMPLOYMENT", "verifiedBy", "PAYSLIP"))
                .statusCode(400).body("errors[0].field", equalTo("hoursPerWeek"));
        answer(client, outcome, fourWeeks, Map.of("answer", "UNKNOWN"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        answer(client, outcome, fourWeeks, Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 12, "verifiedBy", "EMPLOYER"))
                .statusCode(200).body("answer", equalTo("IN_EMPLOYMENT")).body("checkedOn", equalTo(TODAY.toString()))
                .body("answeredByName", equalTo("Test worker-north-works"));
        answer(client, outcome, fourWeeks, Map.of("answer", "NOT_IN_EMPLOYMENT", "verifiedBy", "CLIENT")).statusCode(409);

        // The answer's hours are a change of hours from the day checked.
        worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, outcome).then()
                .body("hoursPerWeek", equalTo(12.0f)).body("hours.effectiveFrom[1]", equalTo(TODAY.toString()));
    }

    @Test
    void aFollowUpIsNotAnsweredWeeksEarly() {
        String client = worker.refer(anActiveClient());
        String outcome = worker.outcome(client, aJobGainedWith(worker.employer("Too Soon Ltd")).startingOn(TODAY.minusDays(2)));
        String thirteenWeeks = worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, outcome)
                .then().extract().path("followUps[1].id");
        answer(client, outcome, thirteenWeeks, Map.of("answer", "NO_ENGAGEMENT")).statusCode(400)
                .body("errors[0].field", equalTo("checkedOn"));
    }

    private static ClientBuilder earlyReferral() {
        return anActiveClient().referredOn(LocalDate.parse("2026-01-05")).consentedOn(LocalDate.parse("2026-01-06"));
    }

    private ValidatableResponse end(String client, String outcome, LocalDate on) {
        return worker.request().body(Map.of("endDate", on.toString(), "reason", "Contract ended"))
                .post("/api/v1/clients/{c}/outcomes/{o}/end", client, outcome).then();
    }

    private ValidatableResponse answer(String client, String outcome, String followUp,
            Map<String, Object> body) {
        return worker.request().body(body)
                .post("/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer", client, outcome, followUp).then();
    }
}
