package io.waymark.outcome;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.OwnAreas;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A job recorded wrongly is put right (corrected, or removed as recorded in error) and the reports follow at once. */
@QuarkusTest
class JobCorrectionTest {

    private static final LocalDate REFERRED = LocalDate.parse("2026-01-05");
    private static final LocalDate START = LocalDate.parse("2026-03-02");

    private final Api worker = Api.as(Tokens.worker(Tokens.RECORDS));
    private final Api lead = Api.as(Tokens.teamLead(Tokens.RECORDS));
    private final Api admin = Api.as(Tokens.admin(Tokens.RECORDS));

    /** Each test's clients live in their own area, so that its report counts only them. */
    private String clientIn(String area) {
        return worker.refer(anActiveClient().referredOn(REFERRED).consentedOn(REFERRED.plusDays(1))
                .with("localAuthority", OwnAreas.of(Tokens.RECORDS, area)));
    }

    private JsonPath report(String quarter, String area) {
        return lead.request().queryParam("quarter", quarter).queryParam("localAuthority", area)
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath job(String client, String job) {
        return worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then().statusCode(200)
                .extract().jsonPath();
    }

    private Map<String, Object> correction(String employer, LocalDate start, int hours) {
        return aJobGainedWith(employer).startingOn(start).hours(hours).with("jobTitle", "Care assistant").build();
    }

    @Test
    void aCorrectedStartDateMovesTheJobToAnotherQuarterAndItsChecksWithIt() {
        String client = clientIn("Correction Moray");
        String employer = worker.employer("Correction Care");
        String job = worker.outcome(client, aJobGainedWith(employer).startingOn(START));
        assertEquals(1, report("2026-Q1", "Correction Moray").getInt("total.peopleWithJobOutcome"));

        LocalDate corrected = LocalDate.parse("2026-04-06");
        worker.request().header("If-Match", job(client, job).getInt("version"))
                .body(correction(employer, corrected, 10)).put("/api/v1/clients/{c}/outcomes/{o}", client, job)
                .then().statusCode(200)
                .body("startDate", equalTo("2026-04-06"))
                .body("jobTitle", equalTo("Care assistant"))
                .body("hoursBand", equalTo("FROM_5_TO_UNDER_16"))
                .body("hours.effectiveFrom", equalTo(List.of("2026-04-06")))
                .body("followUps.dueOn", equalTo(List.of("2026-05-04", "2026-07-06", "2026-10-05", "2027-04-05")));

        assertEquals(0, report("2026-Q1", "Correction Moray").getInt("total.peopleWithJobOutcome"));
        assertEquals(1, report("2026-Q2", "Correction Moray").getInt("total.peopleWithJobOutcome"));
    }

    @Test
    void aCorrectionIsRefusedWithoutTheVersionItIsBasedOnAndOnlyOneOfTwoAtOnceIsSaved() throws Exception {
        String client = clientIn("Correction Angus");
        String employer = worker.employer("Version Care");
        String job = worker.outcome(client, aJobGainedWith(employer).startingOn(START));
        int version = job(client, job).getInt("version");

        worker.request().body(correction(employer, START, 20)).put("/api/v1/clients/{c}/outcomes/{o}", client, job)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        worker.request().header("If-Match", version + 1).body(correction(employer, START, 20))
                .put("/api/v1/clients/{c}/outcomes/{o}", client, job).then().statusCode(409);
        worker.request().header("If-Match", version).body(aJobGainedWith(employer).startingOn(START).pay(1.00).build())
                .put("/api/v1/clients/{c}/outcomes/{o}", client, job).then().statusCode(400)
                .body("errors[0].field", equalTo("hourlyPay"));
        assertEquals(16.0f, job(client, job).getFloat("hoursPerWeek"), "a refused correction changes nothing");

        List<Integer> hours = List.of(20, 30);
        List<Integer> statuses = new ArrayList<>(AtOnce.send(2, i -> worker.request().header("If-Match", version)
                .body(correction(employer, START, hours.get(i))).put("/api/v1/clients/{c}/outcomes/{o}", client, job)
                .statusCode()));
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        assertEquals(version + 1, job(client, job).getInt("version"));
    }

    @Test
    void aJobRecordedInErrorIsRemovedFromTheReportsWithWhoWhenAndWhyKept() {
        String client = clientIn("Correction Fife");
        String employer = worker.employer("Twice Recorded Ltd");
        String kept = worker.outcome(client, aJobGainedWith(employer).startingOn(START));
        String twice = worker.outcome(client, aJobGainedWith(employer).startingOn(START.minusDays(7)));
        int version = job(client, twice).getInt("version");

        worker.request().header("If-Match", version).body(Map.of("reason", " "))
                .delete("/api/v1/clients/{c}/outcomes/{o}", client, twice).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        worker.request().header("If-Match", version + 1).body(Map.of("reason", "Recorded twice"))
                .delete("/api/v1/clients/{c}/outcomes/{o}", client, twice).then().statusCode(409);
        worker.request().header("If-Match", version).body(Map.of("reason", "Recorded twice"))
                .delete("/api/v1/clients/{c}/outcomes/{o}", client, twice).then().statusCode(200)
                .body("reason", equalTo("Recorded twice")).body("startDate", equalTo(START.minusDays(7).toString()));

        worker.request().get("/api/v1/clients/{c}/outcomes", client).then().body("id", equalTo(List.of(kept)));
        worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, twice).then().statusCode(404);
        worker.request().get("/api/v1/clients/{c}/outcomes/removed", client).then().statusCode(200)
                .body("jobOutcomeId", equalTo(List.of(twice))).body("reason", equalTo(List.of("Recorded twice")))
                .body("removedByName[0]", equalTo("Test worker-north-records"));
        // Counted from the earlier (removed) job before; now from the kept one, still once.
        assertEquals(1, report("2026-Q1", "Correction Fife").getInt("total.peopleWithJobOutcome"));
        admin.request().queryParam("clientId", client).get("/api/v1/audit-events").then().statusCode(200)
                .body("collect { it.action + ' ' + it.entity }", hasItems("DELETE JobOutcome", "CREATE JobOutcomeRemoval"));
    }

    @Test
    void notInEmploymentEndsTheJobOnTheDayGivenSoItIsNoLongerInWorkAtThirteenWeeks() {
        String client = clientIn("Correction Perth");
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Short Stay Ltd")).startingOn(START));
        String fourWeeks = job(client, job).getString("followUps[0].id");

        worker.request().body(Map.of("answer", "NOT_IN_EMPLOYMENT", "verifiedBy", "CLIENT", "checkedOn", "2026-03-30"))
                .post("/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer", client, job, fourWeeks)
                .then().statusCode(400).body("errors[0].field", equalTo("notInEmploymentSince"));
        worker.request().body(Map.of("answer", "NOT_IN_EMPLOYMENT", "verifiedBy", "CLIENT", "checkedOn", "2026-03-30",
                        "notInEmploymentSince", "2026-03-31"))
                .post("/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer", client, job, fourWeeks)
                .then().statusCode(400).body("errors[0].field", equalTo("notInEmploymentSince"));
        worker.request().body(Map.of("answer", "NOT_IN_EMPLOYMENT", "verifiedBy", "CLIENT", "checkedOn", "2026-03-30",
                        "notInEmploymentSince", "2026-03-20"))
                .post("/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer", client, job, fourWeeks)
                .then().statusCode(200).body("notInEmploymentSince", equalTo("2026-03-20"));

        JsonPath ended = job(client, job);
        assertEquals("2026-03-20", ended.getString("endDate"));
        assertEquals("Not in employment at the 4 weeks check", ended.getString("endReason"));
        // The 13-week point of a job from 2 March is 1 June, in Q2.
        JsonPath q2 = report("2026-Q2", "Correction Perth");
        assertEquals(1, q2.getInt("sustainment.find { it.weeks == 13 }.due"));
        assertEquals(0, q2.getInt("sustainment.find { it.weeks == 13 }.inWork"));
    }

    @Test
    void anAnswerIsCorrectedWithItsVersionAndWhatItDidToTheJobIsUndone() {
        String client = clientIn("Correction Stirling");
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Mistaken Answer Ltd")).startingOn(START));
        String fourWeeks = job(client, job).getString("followUps[0].id");
        String path = "/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer";
        int version = worker.request().body(Map.of("answer", "NOT_IN_EMPLOYMENT", "verifiedBy", "CLIENT",
                        "checkedOn", "2026-03-30", "notInEmploymentSince", "2026-03-20"))
                .post(path, client, job, fourWeeks).then().statusCode(200).extract().path("version");

        worker.request().body(Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 12, "verifiedBy", "EMPLOYER"))
                .post(path, client, job, fourWeeks).then().statusCode(409)
                .body("detail", containsString("correct that answer instead"));
        worker.request().body(Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 12, "verifiedBy", "EMPLOYER"))
                .put(path, client, job, fourWeeks).then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        worker.request().header("If-Match", version)
                .body(Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 12, "verifiedBy", "EMPLOYER"))
                .put(path, client, job, fourWeeks).then().statusCode(200)
                .body("answer", equalTo("IN_EMPLOYMENT")).body("checkedOn", equalTo("2026-03-30"))
                .body("notInEmploymentSince", nullValue());
        worker.request().header("If-Match", version)
                .body(Map.of("answer", "NO_ENGAGEMENT")).put(path, client, job, fourWeeks).then().statusCode(409);

        JsonPath corrected = job(client, job);
        assertEquals(null, corrected.getString("endDate"), "the ending the first answer made is undone");
        assertEquals(List.of("2026-03-02", "2026-03-30"), corrected.getList("hours.effectiveFrom"));
        assertEquals(List.of(16.0f, 12.0f), corrected.getList("hours.hoursPerWeek"));
        admin.request().queryParam("clientId", client).get("/api/v1/audit-events").then().statusCode(200)
                .body("collect { it.action + ' ' + it.entity }", hasItems("UPDATE FollowUp", "UPDATE JobOutcome"));
    }

    @Test
    void ofTwoCorrectionsOfAnAnswerSentAtOnceOneIsSavedAndARemovalOfAChangedJobIsRefused() throws Exception {
        String client = clientIn("Correction Argyll");
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Race Ltd")).startingOn(START));
        String check = job(client, job).getString("followUps[0].id");
        String path = "/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer";
        int version = worker.request().body(Map.of("answer", "NO_ENGAGEMENT", "checkedOn", "2026-03-30"))
                .post(path, client, job, check).then().statusCode(200).extract().path("version");

        List<Map<String, Object>> answers = List.of(Map.of("answer", "UNKNOWN", "reason", "No reply"),
                Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 16, "verifiedBy", "CLIENT"));
        List<Integer> statuses = new ArrayList<>(AtOnce.send(2, i -> worker.request().header("If-Match", version)
                .body(answers.get(i)).put(path, client, job, check).statusCode()));
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        assertEquals(version + 1, job(client, job).getInt("followUps[0].version"));

        int jobVersion = job(client, job).getInt("version");
        worker.request().header("If-Match", jobVersion).body(correction(worker.employer("Race Two Ltd"), START, 12))
                .put("/api/v1/clients/{c}/outcomes/{o}", client, job).then().statusCode(200);
        worker.request().header("If-Match", jobVersion).body(Map.of("reason", "Recorded twice"))
                .delete("/api/v1/clients/{c}/outcomes/{o}", client, job).then().statusCode(409);
        worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then().statusCode(200);
    }

    @Test
    void theReportGivesTheAnswersAtEachCheckAndFlagsAnswersTheRecordContradicts() {
        String client = clientIn("Correction Lothian");
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Answers Ltd")).startingOn(START));
        JsonPath recorded = job(client, job);
        String path = "/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer";
        worker.request().body(Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 16, "verifiedBy", "PAYSLIP",
                "checkedOn", "2026-03-30")).post(path, client, job, recorded.getString("followUps[0].id"))
                .then().statusCode(200);
        worker.request().body(Map.of("endDate", "2026-05-01", "reason", "Contract ended"))
                .post("/api/v1/clients/{c}/outcomes/{o}/end", client, job).then().statusCode(200);
        // The client says they are still there on 1 June; the record has the job ended on 1 May.
        worker.request().body(Map.of("answer", "IN_EMPLOYMENT", "hoursPerWeek", 16, "verifiedBy", "CLIENT",
                "checkedOn", "2026-06-01")).post(path, client, job, recorded.getString("followUps[1].id"))
                .then().statusCode(200);

        JsonPath q1 = report("2026-Q1", "Correction Lothian");
        assertEquals(List.of("4 weeks"), q1.getList("sustainmentAnswers.check"));
        assertEquals(1, q1.getInt("sustainmentAnswers[0].inEmployment"));
        assertEquals(0, q1.getInt("disagreements.count"));
        JsonPath q2 = report("2026-Q2", "Correction Lothian");
        assertEquals(List.of("13 weeks"), q2.getList("sustainmentAnswers.check"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0), List.of(q2.getInt("sustainmentAnswers[0].due"),
                q2.getInt("sustainmentAnswers[0].inEmployment"), q2.getInt("sustainmentAnswers[0].notInEmployment"),
                q2.getInt("sustainmentAnswers[0].noEngagement"), q2.getInt("sustainmentAnswers[0].unknown"),
                q2.getInt("sustainmentAnswers[0].unanswered")));
        assertEquals(1, q2.getInt("disagreements.count"));
        assertEquals(job, q2.getString("disagreements.jobs[0].jobOutcomeId"));
        assertEquals("the job ended on 2026-05-01", q2.getString("disagreements.jobs[0].record"));
    }

    @Test
    void aJobRecordedWithAMoveIntoInWorkSupportTakesTheReasonForSkippingStages() {
        String client = clientIn("Correction Highland");
        String employer = worker.employer("Skip Ltd");
        worker.request().body(aJobGainedWith(employer).startingOn(START).enteringInWorkSupport().build())
                .post("/api/v1/clients/{c}/outcomes", client).then().statusCode(400)
                .body("errors[0].field", equalTo("stageMoveReason"));
        worker.request().get("/api/v1/clients/{c}/outcomes", client).then().body("size()", equalTo(0));

        worker.request().body(aJobGainedWith(employer).startingOn(START).enteringInWorkSupport()
                        .with("stageMoveReason", "Found work herself before profiling").build())
                .post("/api/v1/clients/{c}/outcomes", client).then().statusCode(201);
        worker.request().get("/api/v1/clients/{c}/stage-moves", client).then().statusCode(200)
                .body("toStage[-1]", equalTo("IN_WORK_SUPPORT"))
                .body("reason[-1]", equalTo("Found work herself before profiling"));
    }
}
