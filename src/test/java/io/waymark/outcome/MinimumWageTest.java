package io.waymark.outcome;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.OutcomeBuilder.aJobRetainedWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.OutcomeBuilder;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pay is checked against the minimum wage in force on the outcome date, from April 2016, apprentices included. */
@QuarkusTest
class MinimumWageTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    private static ClientBuilder referredIn(String day, String bornOn) {
        LocalDate referred = LocalDate.parse(day);
        return anActiveClient().referredOn(referred).consentedOn(referred.plusDays(1)).bornOn(LocalDate.parse(bornOn));
    }

    private io.restassured.response.ValidatableResponse record(String client, OutcomeBuilder job) {
        return worker.request().body(job.build()).post("/api/v1/clients/{id}/outcomes", client).then();
    }

    @Test
    void aJobIn2019BelowThatYearsRateIsRefusedAndAtItIsAccepted() {
        // Aged 33 on 3 June 2019: the National Living Wage (25 and over) was £8.21 from 1 April 2019.
        String client = worker.refer(referredIn("2019-05-01", "1986-01-10"));
        String employer = worker.employer("Wage History Ltd");
        record(client, aJobGainedWith(employer).startingOn(LocalDate.parse("2019-06-03")).pay(8.20)).statusCode(400)
                .body("errors[0].field", equalTo("hourlyPay"))
                .body("errors[0].message", containsString("below the minimum wage of £8.21 for someone aged 33 on 2019-06-03"));
        record(client, aJobGainedWith(employer).startingOn(LocalDate.parse("2019-06-03")).pay(8.21)).statusCode(201);
    }

    @Test
    void onePoundAnHourIn2021IsNotAJob() {
        String client = worker.refer(referredIn("2021-02-01", "1990-03-03"));
        record(client, aJobGainedWith(worker.employer("Pound Ltd")).startingOn(LocalDate.parse("2021-06-01")).pay(1.00))
                .statusCode(400).body("errors[0].message", containsString("£8.91 for someone aged 31 on 2021-06-01"));
    }

    @Test
    void theAgeBandsOfEachYearApplyOnEitherSideOfTheirBirthday() {
        // 2020: 21 to 24 earned at least £8.20, 25 and over £8.72. She turns 25 on 1 July 2020.
        String client = worker.refer(referredIn("2020-05-01", "1995-07-01"));
        String employer = worker.employer("Birthday Ltd");
        record(client, aJobGainedWith(employer).startingOn(LocalDate.parse("2020-06-30")).pay(8.20)).statusCode(201);
        record(client, aJobGainedWith(employer).startingOn(LocalDate.parse("2020-07-01")).pay(8.20)).statusCode(400)
                .body("errors[0].message", containsString("£8.72 for someone aged 25"));
    }

    @Test
    void anApprenticeInTheFirstYearMayBePaidTheApprenticeRate() {
        // Aged 20 in June 2019: the apprentice rate was £3.90, the rate for 18 to 20 £6.15.
        String client = worker.refer(referredIn("2019-05-01", "1999-01-15"));
        String employer = worker.employer("Apprentice Works");
        OutcomeBuilder apprenticeship = aJobGainedWith(employer).startingOn(LocalDate.parse("2019-06-03")).pay(3.90)
                .with("contractType", "FIXED_TERM").with("apprentice", true);
        record(client, apprenticeship).statusCode(201).body("apprentice", equalTo(true));
        record(client, apprenticeship.pay(3.80)).statusCode(400)
                .body("errors[0].message", containsString("£3.90 for an apprentice on 2019-06-03"));
        record(client, aJobGainedWith(employer).startingOn(LocalDate.parse("2019-06-03")).pay(3.90)).statusCode(400)
                .body("errors[0].message", containsString("£6.15 for someone aged 20"));
        // An apprenticeship contract is an apprenticeship, whatever the flag says.
        record(client, aJobGainedWith(employer).startingOn(LocalDate.parse("2019-06-03")).pay(3.90)
                .with("contractType", "APPRENTICESHIP")).statusCode(201).body("apprentice", equalTo(true));
    }

    @Test
    void aJobHeldSinceBeforeReferralIsCheckedOnThePayNowOnTheDaySupportBegan() {
        // Held since 2014, before the table; support began on 6 January 2026, when the rate for 21 and over was £12.21.
        String client = worker.refer(referredIn("2026-01-05", "1980-05-05"));
        String employer = worker.employer("Long Service Ltd");
        record(client, aJobRetainedWith(employer).startingOn(LocalDate.parse("2014-09-01")).pay(12.00)).statusCode(400)
                .body("errors[0].message", containsString("£12.21 for someone aged 45 on 2026-01-06"));
        record(client, aJobRetainedWith(employer).startingOn(LocalDate.parse("2014-09-01")).pay(12.21)).statusCode(201)
                .body("outcomeDate", equalTo("2026-01-06"))
                .body("followUps.dueOn", equalTo(List.of("2026-02-03", "2026-04-07", "2026-07-07", "2027-01-05")));
    }

    @Test
    void payOnADayBeforeTheTableStartsIsRefusedNotAcceptedUnchecked() {
        String client = worker.refer(referredIn("2015-09-01", "1980-05-05"));
        record(client, aJobGainedWith(worker.employer("Too Early Ltd")).startingOn(LocalDate.parse("2016-03-31")))
                .statusCode(400).body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString("table of rates starts on 2016-04-01"));
    }
}
