package io.waymark.report;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.OutcomeBuilder.aJobRetainedWith;
import static io.waymark.support.OutcomeBuilder.selfEmployment;

import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.OutcomeBuilder;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohort the report tests check by hand, built through the API in an organisation that holds nothing else.
 * The report period is 2025-Q3 (1 July to 30 September 2025). Who counts, and why:
 *
 * <pre>
 * client  referred   consented  closed      Q3 supported?  job outcome in Q3 (hours on 30 Sep)
 * Ailsa   2025-03-10 2025-03-20 -           yes            gained 14 Jul, 10 h then 20 h from 1 Sep  -> 20
 * Brodie  2025-01-06 2025-01-13 -           yes            none (job gained 5 May ended 14 Jul, week 10)
 * Catriona 2025-08-04 2025-08-11 -          yes            retained (held since 2019; counts from consent 11 Aug) -> 30
 * Duncan  2025-02-03 2025-02-10 -           yes            self-employed 15 Sep -> 8
 * Euan    2024-11-04 2024-11-11 2025-08-15  yes (closed in Q3)  none (job gained 17 Feb ended 30 Jun)
 * Fiona   2024-06-03 2024-06-10 2025-06-30  no (closed before Q3); job gained 22 Jul 2024 still held
 * Gregor  2025-09-22 2025-10-06 -           no (consented after Q3)
 * Heather 2025-07-07 -          -           no (never consented)
 * Iain    2025-04-07 2025-04-14 -           yes            gained 8 Sep, 6 h (his second job; first gained 2 Jun, 25 h)
 * </pre>
 *
 * Supported 6, with a job outcome 4 (rate 66.7%): gained 2 (Ailsa, Iain), retained 1, self-employed 1; 16 hours
 * or more 2 (Ailsa 20, Catriona 30); hours 6, 8, 20, 30: median 14.0, quartiles 7.0 and 25.0.
 * Ailsa and Euan are each in two client groups.
 */
final class HandWorkedCohort {

    static final ReportPeriod Q3 = ReportPeriod.quarter(2025, 3);
    static final String FUNDER = "east-council";

    private final Api worker = Api.as(Tokens.worker(Tokens.REPORTS));
    private final Api admin = Api.as(Tokens.admin(Tokens.REPORTS));
    private final String employer = worker.employer("Clyde Cafe");
    final Map<String, String> ids = new HashMap<>();
    BuiltTeam team;

    private static HandWorkedCohort built;

    /** The cohort, built on first use: every test class of the run reads the same people. */
    static synchronized HandWorkedCohort once() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static HandWorkedCohort build() {
        HandWorkedCohort cohort = new HandWorkedCohort();
        cohort.clients();
        cohort.costs();
        cohort.admin.request().body(Map.of("name", "East Council")).put("/api/v1/funders/{code}", FUNDER)
                .then().statusCode(200);
        return cohort;
    }

    private void clients() {
        String ailsa = refer("Ailsa", person("2025-03-10", "2025-03-20", "1990-05-01", "WOMAN", "Glasgow City",
                "NO_ONE_LEFT_BEHIND", "FROM_7_TO_40_HOURS", "LEARNING_DISABILITY", "AUTISM"));
        moves(ailsa, "VOCATIONAL_PROFILING 2025-04-01", "EMPLOYER_ENGAGEMENT 2025-05-01", "JOB_MATCHING 2025-06-02");
        String ailsaJob = job(ailsa, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-07-14")).hours(10)
                .enteringInWorkSupport());
        worker.request().body(Map.of("effectiveFrom", "2025-09-01", "hoursPerWeek", 20))
                .post("/api/v1/clients/{id}/outcomes/{o}/hours", ailsa, ailsaJob).then().statusCode(201);

        String brodie = refer("Brodie", person("2025-01-06", "2025-01-13", "1970-02-01", "MAN", "Glasgow City",
                "NO_ONE_LEFT_BEHIND", "UNDER_7_HOURS", "MENTAL_HEALTH_PROBLEM"));
        moves(brodie, "VOCATIONAL_PROFILING 2025-02-03", "EMPLOYER_ENGAGEMENT 2025-03-03", "JOB_MATCHING 2025-04-07");
        String brodieJob = job(brodie, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-05-05"))
                .enteringInWorkSupport());
        endJob(brodie, brodieJob, "2025-07-14", true);

        String catriona = refer("Catriona", person("2025-08-04", "2025-08-11", "1960-01-01", "WOMAN",
                "North Lanarkshire", "LOCAL_AUTHORITY_FUNDED", "UNDER_7_HOURS", "PHYSICAL_OR_SENSORY_IMPAIRMENT"));
        job(catriona, aJobRetainedWith(employer).startingOn(LocalDate.parse("2019-06-01")).hours(30));
        move(catriona, "IN_WORK_SUPPORT", "2025-08-11", "Job retention: at risk of losing her job");

        String duncan = refer("Duncan", person("2025-02-03", "2025-02-10", "2002-06-15", "MAN", "Glasgow City",
                "NO_ONE_LEFT_BEHIND", "OVER_40_HOURS", "LONG_TERM_HEALTH_CONDITION"));
        moves(duncan, "VOCATIONAL_PROFILING 2025-03-03");
        job(duncan, selfEmployment().startingOn(LocalDate.parse("2025-09-15")).hours(8));

        String euan = refer("Euan", person("2024-11-04", "2024-11-11", "1980-03-03", "MAN", "Glasgow City",
                "NO_ONE_LEFT_BEHIND", "FROM_7_TO_40_HOURS", "MENTAL_HEALTH_PROBLEM", "DRUG_OR_ALCOHOL_PROBLEM"));
        moves(euan, "VOCATIONAL_PROFILING 2024-12-02");
        String euanJob = job(euan, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-02-17")).hours(12));
        endJob(euan, euanJob, "2025-06-30", false);
        close(euan, "WITHDREW", "2025-08-15");

        String fiona = refer("Fiona", person("2024-06-03", "2024-06-10", "1995-03-03", "WOMAN", "Glasgow City",
                "FAIR_START_SCOTLAND", "OVER_40_HOURS", "LEARNING_DISABILITY"));
        job(fiona, aJobGainedWith(employer).startingOn(LocalDate.parse("2024-07-22")).hours(18));
        close(fiona, "SUSTAINED_IN_WORK", "2025-06-30");

        refer("Gregor", person("2025-09-22", "2025-10-06", "2000-01-01", "MAN", "Glasgow City",
                "NO_ONE_LEFT_BEHIND", "UNDER_7_HOURS", "AUTISM"));
        refer("Heather", person("2025-07-07", null, "1985-01-01", "WOMAN", "Glasgow City",
                "NO_ONE_LEFT_BEHIND", "UNDER_7_HOURS", "MENTAL_HEALTH_PROBLEM"));

        String iain = refer("Iain", person("2025-04-07", "2025-04-14", "1988-01-01", "MAN", "North Lanarkshire",
                "IPS", "UNDER_7_HOURS", "MENTAL_HEALTH_PROBLEM"));
        moves(iain, "VOCATIONAL_PROFILING 2025-04-21", "EMPLOYER_ENGAGEMENT 2025-05-05", "JOB_MATCHING 2025-05-19");
        job(iain, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-06-02")).hours(25).enteringInWorkSupport());
        job(iain, aJobGainedWith(employer).startingOn(LocalDate.parse("2025-09-08")).hours(6));

        // Ailsa and Brodie are in Rhona's caseload, in a team of their own.
        team = TeamBuilder.aTeamIn(Tokens.REPORTS).withWorker("Rhona", null).build();
        team.lead().assign(ailsa, team.worker("Rhona").staffId()).statusCode(201);
        team.lead().assign(brodie, team.worker("Rhona").staffId()).statusCode(201);
    }

    /**
     * 2025-Q3 costs £15,920.00: £12,000 for the whole service in the quarter, £3,000 from the IPS stream in the
     * quarter, and £920 of a year's £3,650 from No One Left Behind (92 of 365 days).
     */
    private void costs() {
        cost(null, "2025-07-01", "2025-09-30", "12000");
        cost("IPS", "2025-07-01", "2025-09-30", "3000");
        cost("NO_ONE_LEFT_BEHIND", "2025-01-01", "2025-12-31", "3650");
    }

    private void cost(String stream, String from, String to, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("fundingStream", stream);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("amount", amount);
        admin.request().body(body).post("/api/v1/service-costs").then().statusCode(201);
    }

    private static ClientBuilder person(String referred, String consented, String born, String gender, String area,
            String programme, String supportLevel, String... groups) {
        ClientBuilder client = aReferral().referredOn(LocalDate.parse(referred)).bornOn(LocalDate.parse(born))
                .with("gender", gender).with("localAuthority", area).with("programme", programme)
                .with("supportLevel", supportLevel).with("clientGroups", List.of(groups));
        return consented == null ? client : client.consentedOn(LocalDate.parse(consented));
    }

    private String refer(String name, ClientBuilder client) {
        String id = worker.refer(client.named(name, "Cohort"));
        ids.put(name, id);
        return id;
    }

    private void moves(String client, String... stageOnDate) {
        for (String move : stageOnDate) {
            String[] parts = move.split(" ");
            move(client, parts[0], parts[1], null);
        }
    }

    private void move(String client, String stage, String on, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("toStage", stage);
        body.put("movedOn", on);
        body.put("reason", reason);
        worker.request().body(body).post("/api/v1/clients/{id}/stage-moves", client).then().statusCode(201);
    }

    private String job(String client, OutcomeBuilder outcome) {
        return worker.outcome(client, outcome);
    }

    private void endJob(String client, String job, String on, boolean backToJobMatching) {
        worker.request().body(Map.of("endDate", on, "reason", "Contract ended", "moveBackToJobMatching", backToJobMatching))
                .post("/api/v1/clients/{id}/outcomes/{o}/end", client, job).then().statusCode(200);
    }

    private void close(String client, String reason, String on) {
        worker.request().body(Map.of("reason", reason, "closedOn", on))
                .post("/api/v1/clients/{id}/closure", client).then().statusCode(200);
    }
}
