package io.waymark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Progressions besides paid work, worked by hand over four people supported through 2026-Q3 in an organisation of
 * their own:
 * <pre>
 *   who     progressions                                                 counted in Q3
 *   Amir    volunteering 10 Jul, qualification gained 1 Aug              volunteering, qualification
 *   Beth    volunteering 20 Aug, volunteering again 1 Sep                volunteering (once: people are counted)
 *   Cal     work trial 15 Jun                                            nothing: before the quarter
 *   Dee     none                                                         nothing
 * </pre>
 * People supported 4; with any progression 2 (50.0%); volunteering 2 (50.0%), qualification gained 1 (25.0%), every
 * other kind 0. None of it is a job outcome: people with a job outcome stays 0.
 * <p>
 * Distance travelled (confidence, job search, health at work, travel), scored by the same four:
 * <pre>
 *   Amir    1 Apr 3,4,5,2   15 Aug 6,6,5,4                   change +3, +2,  0, +2
 *   Beth    2 Apr 5,5,5,5   10 Jul 6,5,5,5   10 Sep 7,4,6,5  change +2, -1, +1,  0 (the latest in the quarter)
 *   Cal     1 Apr 4,4,4,4                                    not reassessed
 *   Dee     20 Aug 5,5,5,5                                   only a first: not reassessed
 * </pre>
 * Reassessed 2; average change confidence (3 + 2) / 2 = 2.5, job search (2 - 1) / 2 = 0.5, health (0 + 1) / 2 = 0.5,
 * travel (2 + 0) / 2 = 1.0.
 */
@QuarkusTest
class ProgressionsReportTest {

    private static final String ORG = "progressions-report";
    private final Api worker = Api.as(Tokens.worker(ORG));

    @Test
    void progressionsAreCountedByKindOnTheReportAndInTheReturnNeverAsJobs() {
        String amir = supported("Amir");
        String beth = supported("Beth");
        String cal = supported("Cal");
        String dee = supported("Dee");
        record(amir, "VOLUNTEERING", "2026-07-10");
        record(amir, "QUALIFICATION_GAINED", "2026-08-01");
        record(beth, "VOLUNTEERING", "2026-08-20");
        record(beth, "VOLUNTEERING", "2026-09-01");
        record(cal, "WORK_TRIAL", "2026-06-15");
        score(amir, "2026-04-01", 3, 4, 5, 2);
        score(amir, "2026-08-15", 6, 6, 5, 4);
        score(beth, "2026-04-02", 5, 5, 5, 5);
        score(beth, "2026-07-10", 6, 5, 5, 5);
        score(beth, "2026-09-10", 7, 4, 6, 5);
        score(cal, "2026-04-01", 4, 4, 4, 4);
        score(dee, "2026-08-20", 5, 5, 5, 5);

        Api lead = Api.as(Tokens.teamLead(ORG));
        JsonPath report = lead.request().queryParam("quarter", "2026-Q3").get("/api/v1/reports/outcomes").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(4, report.getInt("total.peopleSupported"));
        assertEquals(0, report.getInt("total.peopleWithJobOutcome"), "a progression is never a job outcome");
        assertEquals(2, report.getInt("progressions.people"));
        assertEquals(50.0f, report.getFloat("progressions.share"));
        assertEquals(List.of("volunteering", "work_experience", "work_trial", "education_or_training_started",
                "education_or_training_completed", "qualification_gained"),
                report.getList("progressions.byKind.category"));
        assertEquals(List.of(2, 0, 0, 0, 0, 1), report.getList("progressions.byKind.count"));
        assertEquals(2, report.getInt("distanceTravelled.peopleReassessed"));
        assertEquals(List.of(2.5f, 0.5f, 0.5f, 1.0f), report.getList("distanceTravelled.areas.averageChange"));

        List<String> csv = lead.request().accept("text/csv").queryParam("quarter", "2026-Q3")
                .get("/api/v1/reports/quarterly-return").then().statusCode(200).extract().asString().lines().toList();
        Map<String, String> everyone = ReturnRows.row(csv, "all,all");
        assertEquals(List.of("2", "2", "0", "0", "0", "0", "1"), List.of(everyone.get("people_with_progression"),
                everyone.get("progression_volunteering"), everyone.get("progression_work_experience"),
                everyone.get("progression_work_trial"), everyone.get("progression_education_or_training_started"),
                everyone.get("progression_education_or_training_completed"),
                everyone.get("progression_qualification_gained")));
        assertEquals(List.of("2", "2.5", "0.5", "0.5", "1.0"), List.of(everyone.get("people_reassessed"),
                everyone.get("average_change_confidence"), everyone.get("average_change_job_search"),
                everyone.get("average_change_health_at_work"), everyone.get("average_change_travel")));
    }

    /** Supported from before the quarter, still open. */
    private String supported(String firstName) {
        return worker.refer(ClientBuilder.aReferral().named(firstName, "Progressed")
                .referredOn(LocalDate.of(2026, 4, 1)).consentedOn(LocalDate.of(2026, 4, 2)));
    }

    private void score(String client, String on, int confidence, int jobSearch, int health, int travel) {
        worker.request().body(Map.of("assessedOn", on, "confidence", confidence, "jobSearch", jobSearch,
                "healthAtWork", health, "travel", travel)).post("/api/v1/clients/{id}/self-assessments", client)
                .then().statusCode(201);
    }

    private void record(String client, String kind, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("what", kind.toLowerCase().replace('_', ' '));
        body.put("happenedOn", on);
        worker.request().body(body).post("/api/v1/clients/{id}/progressions", client).then().statusCode(201);
    }
}
