package io.waymark.fidelity;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.OutcomeBuilder.aJobRetainedWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.OutcomeBuilder;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fidelity review pre-filled from a team built here, every figure and suggested score worked out by hand. */
@QuarkusTest
class FidelityReviewTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void theReviewIsPreFilledFromTheTeamsCaseData() {
        BuiltTeam team = TeamBuilder.aTeamIn(Tokens.NORTH).withWorker("Iona", 30).withWorker("Jack", 30).build();
        Api iona = Api.as(team.worker("Iona").token());
        Api jack = Api.as(team.worker("Jack").token());
        String cafe = iona.employer("Fidelity Cafe");
        String cleaners = iona.employer("Fidelity Cleaners");
        String hotel = iona.employer("Fidelity Hotel");

        // Rapid search: three of Iona's clients agreed 20, 45 and 100 days ago; each has a job match today.
        for (int days : new int[] {20, 45, 100}) {
            String client = caseOf(team, "Iona", TODAY.minusDays(days + 7), TODAY.minusDays(days));
            iona.request().body(Map.of("employerId", cafe)).post("/api/v1/clients/{id}/job-matches", client)
                    .then().statusCode(201);
        }
        for (int i = 0; i < 18; i++) {
            caseOf(team, "Iona", TODAY.minusDays(30), TODAY.minusDays(20));
        }
        // Jobs of Jack's clients in the last year: two baristas at the cafe, a cleaner, a porter at the hotel; each
        // client went into in-work support on the start (300, 200, 60 and 10 days ago). One keeps a job held for years.
        List<String> inWork = List.of(jobCase(team, jack, 300, aJobGainedWith(cafe).with("jobTitle", "Barista")),
                jobCase(team, jack, 200, aJobGainedWith(cafe).with("jobTitle", "barista ")),
                jobCase(team, jack, 60, aJobGainedWith(cleaners).with("jobTitle", "Cleaner")),
                jobCase(team, jack, 10, aJobGainedWith(hotel).with("jobTitle", "Porter")));
        // Follow-along: three of the four in work had a contact in the last four weeks (27 days ago is within them,
        // 28 days ago is not).
        contact(jack, inWork.get(0), TODAY.minusDays(3));
        contact(jack, inWork.get(1), TODAY.minusDays(27));
        contact(jack, inWork.get(2), TODAY);
        contact(jack, inWork.get(3), TODAY.minusDays(28));
        // Two of Iona's referrals are closed: one as no longer eligible (an exclusion), one for no engagement after
        // three calls in the eight weeks before.
        String excluded = caseOf(team, "Iona", TODAY.minusDays(30), TODAY.minusDays(25));
        close(iona, excluded, "NO_LONGER_ELIGIBLE", TODAY.minusDays(10));
        String lost = caseOf(team, "Iona", TODAY.minusDays(90), TODAY.minusDays(85));
        for (int days : new int[] {50, 30, 12}) {
            contact(iona, lost, TODAY.minusDays(days));
        }
        close(iona, lost, "NO_ENGAGEMENT", TODAY.minusDays(10));
        String retaining = caseOf(team, "Jack", TODAY.minusDays(30), TODAY.minusDays(20));
        jack.outcome(retaining, aJobRetainedWith(hotel).with("jobTitle", "Joiner").startingOn(TODAY.minusDays(1000)));
        for (int i = 0; i < 17; i++) {
            caseOf(team, "Jack", TODAY.minusDays(30), TODAY.minusDays(20));
        }
        // Employer contacts in the last four weeks: Iona 14, Jack 10; one of Jack's from 40 days ago is too old.
        for (int i = 0; i < 14; i++) {
            engage(iona, hotel, TODAY.minusDays(i));
        }
        for (int i = 0; i < 10; i++) {
            engage(jack, hotel, TODAY.minusDays(i));
        }
        engage(jack, hotel, TODAY.minusDays(40));

        JsonPath prefill = team.lead().request().queryParam("teamId", team.id())
                .get("/api/v1/fidelity-reviews/prefill").then().statusCode(200).extract().jsonPath();
        assertEquals(25, prefill.getList("items").size());
        // 21 + 22 = 43 open cases for 2 specialists: 21.5, in the 21-25 band.
        assertItem(prefill, "CASELOAD_SIZE", 4, "21.5 clients per specialist");
        // 20, 45 and 100 days: median 45, in the 31-60 band.
        assertItem(prefill, "RAPID_SEARCH", 4, "45.0 days (median)");
        // 24 contacts / 2 specialists / 4 weeks = 3 a week: the 3-4 band.
        assertItem(prefill, "JOB_DEVELOPMENT_FREQUENT_EMPLOYER_CONTACT", 3, "3.00 employer contacts a week per specialist");
        // barista, barista, cleaner, porter: 3 of 4 different (75%); employers cafe, cafe, cleaners, hotel: 75%.
        assertItem(prefill, "DIVERSITY_OF_JOB_TYPES", 4, "75.0% different");
        assertItem(prefill, "DIVERSITY_OF_EMPLOYERS", 4, "75.0% different");
        assertItem(prefill, "COMPETITIVE_JOBS", 5, "100.0% competitive");
        // In-work support so far: 42.9, 28.6, 8.6 and 1.4 weeks; median (8.6 + 28.6) / 2 = 18.6: 13-25 weeks.
        assertItem(prefill, "TIME_UNLIMITED_FOLLOW_ALONG_SUPPORTS", 3, "18.6 weeks of in-work support (median)");
        // 1 of 45 referrals in the last year excluded: 2.2%, up to 5%.
        assertItem(prefill, "ZERO_EXCLUSION_CRITERIA", 4, "2.2% of referrals excluded");
        // 3 of 4 in in-work support contacted in the last four weeks: 75%.
        assertItem(prefill, "INDIVIDUALISED_FOLLOW_ALONG_SUPPORTS", 4, "75.0% contacted in work");
        // The one case closed for no engagement had three contacts in the eight weeks before: 100%.
        assertItem(prefill, "ASSERTIVE_ENGAGEMENT_AND_OUTREACH", 5, "100.0% with outreach before closing");
        // No case past engagement (the four in work among them) has a vocational profile: 0%.
        assertItem(prefill, "ONGOING_WORK_BASED_ASSESSMENT", 1, "0.0% with a vocational profile");
        assertEquals(11, prefill.getList("items.findAll { it.suggestedScore != null }").size());
        assertEquals(null, itemOf(prefill, "DISCLOSURE").get("suggestedScore"));
        // One open case of 43 keeps a job held before: 2.3%.
        assertEquals("2.3% of open cases", prefill.getString("indicators[0].figure"));

        // The reviewers accept the suggestions and score the other 14 items 4: 41 + 56 = 97, fair fidelity.
        List<Map<String, Object>> scores = new ArrayList<>();
        for (Map<String, Object> item : prefill.<Map<String, Object>>getList("items")) {
            Object suggested = item.get("suggestedScore");
            scores.add(Map.of("item", item.get("item"), "score", suggested != null ? suggested : 4,
                    "evidence", String.valueOf(item.get("calculation"))));
        }
        Map<String, Object> review = review(team.id(), scores, "2025-06-01");
        team.lead().request().body(review).post("/api/v1/fidelity-reviews").then().statusCode(201)
                .body("total", equalTo(97)).body("band", equalTo("FAIR"))
                .body("scores[0].item", equalTo("CASELOAD_SIZE"));
        scores.replaceAll(s -> Map.of("item", s.get("item"), "score", 5));
        team.lead().request().body(review(team.id(), scores, TODAY.toString())).post("/api/v1/fidelity-reviews")
                .then().statusCode(201).body("total", equalTo(125)).body("band", equalTo("EXEMPLARY"));

        JsonPath trend = team.lead().request().queryParam("teamId", team.id()).get("/api/v1/fidelity-reviews/trend")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2025-06-01", TODAY.toString()), trend.getList("reviewedOn"));
        assertEquals(List.of(97, 125), trend.getList("totals"));
        assertEquals(List.of(4, 5), trend.getList("items.find { it.item == 'CASELOAD_SIZE' }.scores"));
        assertEquals(List.of(3, 5), trend.getList("items.find { it.item == 'JOB_DEVELOPMENT_FREQUENT_EMPLOYER_CONTACT' }.scores"));
    }

    @Test
    void aReviewScoresEveryItemOnceFromOneToFive() {
        BuiltTeam team = TeamBuilder.aTeamIn(Tokens.NORTH).withWorker("Kai", null).build();
        List<Map<String, Object>> scores = new ArrayList<>();
        for (FidelityItem item : FidelityItem.values()) {
            scores.add(new HashMap<>(Map.of("item", item.name(), "score", 3)));
        }
        List<Map<String, Object>> missingOne = new ArrayList<>(scores.subList(1, 25));
        team.lead().request().body(review(team.id(), missingOne, "2025-06-01")).post("/api/v1/fidelity-reviews")
                .then().statusCode(400).body("errors.field", hasItem("scores"));
        List<Map<String, Object>> twice = new ArrayList<>(scores);
        twice.set(1, Map.of("item", "CASELOAD_SIZE", "score", 3));
        team.lead().request().body(review(team.id(), twice, "2025-06-01")).post("/api/v1/fidelity-reviews")
                .then().statusCode(400).body("errors.field", hasItem("scores[1].item"));
        scores.get(0).put("score", 6);
        team.lead().request().body(review(team.id(), scores, "2025-06-01")).post("/api/v1/fidelity-reviews")
                .then().statusCode(400).body("errors.field", hasItem("scores[0].score"));
        Api.as(team.worker("Kai").token()).request().queryParam("teamId", team.id())
                .get("/api/v1/fidelity-reviews/prefill").then().statusCode(403);
    }

    private static Map<String, Object> review(String teamId, List<Map<String, Object>> scores, String on) {
        return Map.of("teamId", teamId, "kind", "FULL", "reviewedOn", on,
                "reviewers", "IPS Grow fidelity reviewers", "scores", scores);
    }

    private static Map<String, Object> itemOf(JsonPath prefill, String item) {
        return prefill.getMap("items.find { it.item == '" + item + "' }");
    }

    private static void assertItem(JsonPath prefill, String item, int score, String figure) {
        Map<String, Object> evidence = itemOf(prefill, item);
        assertEquals(score, evidence.get("suggestedScore"), item + ": " + evidence.get("calculation"));
        assertEquals(figure, evidence.get("figure"), item);
    }

    /** An open case of the worker's, referred and agreed on the dates given. */
    private static String caseOf(BuiltTeam team, String worker, LocalDate referred, LocalDate agreed) {
        String client = Api.as(team.worker(worker).token()).refer(anActiveClient().referredOn(referred).consentedOn(agreed));
        team.lead().assign(client, team.worker(worker).staffId()).statusCode(201);
        return client;
    }

    /** A case of Jack's that found a job {@code daysAgo} and went into in-work support on its start. */
    private static String jobCase(BuiltTeam team, Api jack, int daysAgo, OutcomeBuilder job) {
        LocalDate start = TODAY.minusDays(daysAgo);
        String client = caseOf(team, "Jack", start.minusDays(20), start.minusDays(15));
        int before = 3;
        for (String stage : List.of("VOCATIONAL_PROFILING", "EMPLOYER_ENGAGEMENT", "JOB_MATCHING")) {
            jack.request().body(Map.of("toStage", stage, "movedOn", start.minusDays(before--).toString()))
                    .post("/api/v1/clients/{id}/stage-moves", client).then().statusCode(201);
        }
        jack.outcome(client, job.startingOn(start).enteringInWorkSupport());
        return client;
    }

    /** A phone call on the day, at 11:00 or, today before then, a minute ago. */
    private static void contact(Api worker, String client, LocalDate on) {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/London"));
        ZonedDateTime at = on.atTime(11, 0).atZone(ZoneId.of("Europe/London"));
        worker.request().body(Map.of("happenedAt", (at.isAfter(now) ? now.minusMinutes(1) : at).toOffsetDateTime().toString(),
                "channel", "PHONE", "durationMinutes", 10, "notes", "Called to see how things are"))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
    }

    private static void close(Api worker, String client, String reason, LocalDate on) {
        worker.request().body(Map.of("reason", reason, "closedOn", on.toString()))
                .post("/api/v1/clients/{id}/closure", client).then().statusCode(200);
    }

    private static void engage(Api worker, String employer, LocalDate on) {
        worker.request().body(Map.of("engagedOn", on.toString(), "what", "Talked about vacancies"))
                .post("/api/v1/employers/{id}/engagements", employer).then().statusCode(201);
    }
}
