package io.waymark.report;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.OutcomeBuilder.selfEmployment;

import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.Map;

/**
 * No One Left Behind shared with its national lead by two providers: the hand-worked cohort's (REPORTS: Ailsa,
 * Brodie, Duncan and Euan supported in 2025-Q3) and a second one (NATIONAL), built here. NORTH has No One Left Behind
 * clients too but does not share them, and each provider has clients of other programmes, which the national report
 * leaves out.
 *
 * <pre>
 * NATIONAL  consented  programme            job (hours)                       area
 * Morag     2025-02-03 No One Left Behind   gained 4 Aug 2025 (16)            Edinburgh
 * Niall     2025-03-03 No One Left Behind   self-employed 21 Jul 2025 (10)    Edinburgh
 * Orla      2025-04-07 No One Left Behind   none                              Fife
 * Pawel     2025-05-05 No One Left Behind   gained 1 Sep 2025 (30)            Glasgow City
 * Rhea      2025-06-02 No One Left Behind   none; closed 10 Sep 2025          Fife
 * Sean      2025-01-13 No One Left Behind   gained 3 Feb 2025 (20)            Glasgow City
 * Tam       2025-02-03 IPS                  gained 11 Aug 2025 (25)           Edinburgh (left out)
 * Highland 1-20 2025-03-03 No One Left Behind the odd ones gained 1 Jul 2025 (20)  Highland
 * </pre>
 *
 * The twenty in Highland make the programme big enough in 2025-Q3 (30 supported, 15 with a job) for its totals to be
 * shown to the national lead.
 */
final class NationalCohort {

    static final String PROGRAMME = "NO_ONE_LEFT_BEHIND";

    private static boolean built;

    static synchronized void once() {
        if (built) {
            return;
        }
        HandWorkedCohort.once();
        share(Tokens.REPORTS);
        new NationalCohort().clients();
        share(Tokens.NATIONAL);
        built = true;
    }

    static void share(String organisation) {
        Api.as(Tokens.admin(organisation)).request().put("/api/v1/national-sharing/{p}", PROGRAMME)
                .then().statusCode(200);
    }

    private final Api worker = Api.as(Tokens.worker(Tokens.NATIONAL));
    private final String employer = worker.employer("Forth Bakery");

    private void clients() {
        String morag = refer("Morag", "2025-02-03", "1992-02-02", "WOMAN", "City of Edinburgh", PROGRAMME);
        move(morag, "VOCATIONAL_PROFILING", "2025-03-03");
        worker.outcome(morag, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-08-04")).hours(16));
        String niall = refer("Niall", "2025-03-03", "1975-07-07", "MAN", "City of Edinburgh", PROGRAMME);
        worker.outcome(niall, selfEmployment().startingOn(LocalDate.parse("2025-07-21")).hours(10));
        refer("Orla", "2025-04-07", "1999-09-09", "WOMAN", "Fife", PROGRAMME);
        String pawel = refer("Pawel", "2025-05-05", "1968-06-06", "MAN", "Glasgow City", PROGRAMME);
        worker.outcome(pawel, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-09-01")).hours(30));
        String rhea = refer("Rhea", "2025-06-02", "2001-01-01", "WOMAN", "Fife", PROGRAMME);
        worker.request().body(Map.of("reason", "WITHDREW", "closedOn", "2025-09-10"))
                .post("/api/v1/clients/{id}/closure", rhea).then().statusCode(200);
        String sean = refer("Sean", "2025-01-13", "1983-03-03", "MAN", "Glasgow City", PROGRAMME);
        worker.outcome(sean, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-02-03")).hours(20));
        for (int i = 1; i <= 20; i++) {
            String client = refer("Highland" + (char) ('a' + i), "2025-03-03", "1980-01-" + (10 + i), i % 2 == 0 ? "MAN" : "WOMAN",
                    "Highland", PROGRAMME);
            if (i % 2 == 1) {
                worker.outcome(client, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-07-01")).hours(20));
            }
        }
        String tam = refer("Tam", "2025-02-03", "1990-10-10", "MAN", "City of Edinburgh", "IPS");
        worker.outcome(tam, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-08-11")).hours(25));
    }

    private String refer(String name, String consented, String born, String gender, String area, String programme) {
        LocalDate consent = LocalDate.parse(consented);
        ClientBuilder client = aReferral().named(name, "National").referredOn(consent.minusDays(7)).consentedOn(consent)
                .bornOn(LocalDate.parse(born)).with("gender", gender).with("localAuthority", area)
                .with("programme", programme);
        return worker.refer(client);
    }

    private void move(String client, String stage, String on) {
        worker.request().body(Map.of("toStage", stage, "movedOn", on))
                .post("/api/v1/clients/{id}/stage-moves", client).then().statusCode(201);
    }
}
