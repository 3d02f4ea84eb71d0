package io.waymark.outcome;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static io.waymark.support.OutcomeBuilder.aJobRetainedWith;
import static io.waymark.support.OutcomeBuilder.selfEmployment;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped funders' definitions, evaluated on job histories worked out by hand. */
@QuarkusTest
class OutcomeDefinitionTest {

    static final String FSS = "Fair Start Scotland";
    static final String NOLB = "No One Left Behind";
    static final String IPS_GROW = "IPS Grow";
    static final String IPS_PC = "IPS in Primary Care";

    private final Api worker = Api.as(Tokens.worker(Tokens.RULES));
    private final Api admin = Api.as(Tokens.admin(Tokens.RULES));

    private String client() {
        return worker.refer(anActiveClient().referredOn(LocalDate.parse("2024-12-02"))
                .consentedOn(LocalDate.parse("2024-12-09")));
    }

    /** Each definition's standing of the job: status, start date, sustained date. */
    private Map<String, List<String>> standing(String client, String job) {
        JsonPath results = worker.request().get("/api/v1/clients/{c}/outcomes/{o}/definitions", client, job)
                .then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> byName = new HashMap<>();
        for (int i = 0; i < results.getList("").size(); i++) {
            byName.put(results.getString("[" + i + "].definitionName"), Arrays.asList(
                    results.getString("[" + i + "].status"), results.getString("[" + i + "].startMetOn"),
                    results.getString("[" + i + "].sustainedMetOn")));
        }
        return byName;
    }

    @Test
    void aJobWhoseHoursRiseFromSixToEighteen() {
        String client = client();
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Rising Cafe"))
                .startingOn(LocalDate.parse("2025-01-06")).hours(6));
        worker.request().body(Map.of("effectiveFrom", "2025-02-17", "hoursPerWeek", 18))
                .post("/api/v1/clients/{c}/outcomes/{o}/hours", client, job).then().statusCode(201);

        Map<String, List<String>> standing = standing(client, job);
        // FSS: 16 hours a week from 17 Feb (week 7); 16+ hours for 13 weeks: the 13th ends 17 Feb + 90 days.
        assertEquals(List.of("SUSTAINED", "2025-02-17", "2025-05-18"), standing.get(FSS));
        assertEquals(Arrays.asList("STARTED", "2025-01-06", null), standing.get(NOLB));
        // IPS Grow: 4 paid hours; 6 hours a week is 6/7 a day, 4 reached on the 5th day (4.29).
        assertEquals(Arrays.asList("STARTED", "2025-01-10", null), standing.get(IPS_GROW));
        // IPS in Primary Care: 7 hours for 13 of 16 weeks: weeks 1-6 at 6 hours fail, weeks 7-16 (10) pass.
        assertEquals(Arrays.asList("NOT_SUSTAINED", "2025-01-06", null), standing.get(IPS_PC));
    }

    @Test
    void aJobThatEndsInWeekTen() {
        String client = client();
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Short Shop"))
                .startingOn(LocalDate.parse("2025-03-03")).hours(20));
        worker.request().body(Map.of("endDate", "2025-05-09", "reason", "Contract ended"))
                .post("/api/v1/clients/{c}/outcomes/{o}/end", client, job).then().statusCode(200);

        Map<String, List<String>> standing = standing(client, job);
        // Weeks 1 to 9 are whole weeks at 20 hours; week 10 (5 to 11 May) is cut short on the 9th.
        assertEquals(Arrays.asList("NOT_SUSTAINED", "2025-03-03", null), standing.get(FSS));
        assertEquals(Arrays.asList("STARTED", "2025-03-03", null), standing.get(NOLB));
        assertEquals(Arrays.asList("STARTED", "2025-03-04", null), standing.get(IPS_GROW)); // 20/7 × 2 = 5.7
        assertEquals(Arrays.asList("NOT_SUSTAINED", "2025-03-03", null), standing.get(IPS_PC));
        String why = worker.request().get("/api/v1/clients/{c}/outcomes/{o}/definitions", client, job)
                .then().extract().path("find { it.definitionName == 'Fair Start Scotland' }.explanation");
        assertTrue(why.contains("9 qualifying weeks"), why);
    }

    @Test
    void aSelfEmploymentOfTenHoursAndARetainedJob() {
        String client = client();
        String business = worker.outcome(client, selfEmployment().startingOn(LocalDate.parse("2025-06-02")).hours(10));
        Map<String, List<String>> standing = standing(client, business);
        // FSS counts self-employment, but only from 16 hours a week: still open, not yet a start.
        assertEquals(Arrays.asList("PENDING_START", null, null), standing.get(FSS));
        assertEquals(Arrays.asList("STARTED", "2025-06-02", null), standing.get(NOLB));
        assertEquals(Arrays.asList("STARTED", "2025-06-04", null), standing.get(IPS_GROW));   // 10/7 × 3 = 4.3
        // 10 hours ≥ 7 every week: the 13th week ends 2 June + 90 days.
        assertEquals(List.of("SUSTAINED", "2025-06-02", "2025-08-31"), standing.get(IPS_PC));

        String retained = worker.outcome(client, aJobRetainedWith(worker.employer("Old Firm"))
                .startingOn(LocalDate.parse("2020-01-06")).hours(25));
        assertEquals(Arrays.asList("NOT_COUNTED", null, null), standing(client, retained).get(FSS));
    }

    @Test
    void anAdministratorCopiesAShippedDefinitionAndEditsTheCopy() {
        String fss = shippedId(FSS);
        admin.request().body(definition("Fair Start, 12 hours", "12")).header("If-Match", "0")
                .put("/api/v1/outcome-definitions/{id}", fss).then().statusCode(409);
        Map<String, Object> copy = admin.request().body(Map.of("name", "Fair Start, 8 hours"))
                .post("/api/v1/outcome-definitions/{id}/copies", fss).then().statusCode(201)
                .body("shipped", equalTo(false)).body("startMinWeeklyHours", equalTo(16.0f))
                .body("basedOn", equalTo(fss)).extract().as(Map.class);
        admin.request().body(definition("Fair Start, 8 hours", "8")).header("If-Match", "0")
                .put("/api/v1/outcome-definitions/{id}", copy.get("id")).then().statusCode(200)
                .body("startMinWeeklyHours", equalTo(8.0f)).body("version", equalTo(1));

        String client = client();
        String business = worker.outcome(client, selfEmployment().startingOn(LocalDate.parse("2025-06-02")).hours(10));
        assertEquals(Arrays.asList("PENDING_START", null, null), standing(client, business).get(FSS));
        // From 8 hours a week it is a start, but never 16 hours for 13 weeks.
        assertEquals(Arrays.asList("NOT_SUSTAINED", "2025-06-02", null), standing(client, business).get("Fair Start, 8 hours"));

        // Another organisation sees only the shipped four.
        assertEquals(4, Api.as(Tokens.admin(Tokens.SOUTH)).request().get("/api/v1/outcome-definitions")
                .then().statusCode(200).extract().jsonPath().getList("").size());
    }

    @Test
    void aProgrammesOwnDefinitionSetsTheFollowUpsOfItsJobs() {
        Map<String, Object> body = definition("Council pilot", null);
        body.put("programme", "OTHER");
        body.put("followUpSchedule", "P2W,P8W");
        admin.request().body(body).post("/api/v1/outcome-definitions").then().statusCode(201);
        String client = worker.refer(anActiveClient().with("programme", "OTHER"));
        worker.request().body(aJobGainedWith(worker.employer("Pilot Works")).build())
                .post("/api/v1/clients/{id}/outcomes", client).then().statusCode(201)
                .body("followUps.label", equalTo(List.of("2 weeks", "8 weeks")));
    }

    @Test
    void aBrokenDefinitionIsRefusedNamingTheField() {
        Map<String, Object> halfSustained = definition("Half", null);
        halfSustained.remove("sustainedWeeks");
        halfSustained.remove("sustainedWindowWeeks");
        admin.request().body(halfSustained).post("/api/v1/outcome-definitions").then().statusCode(400)
                .body("errors.field", hasItem("sustainedWeeks"));
        Map<String, Object> badSchedule = definition("Bad schedule", null);
        badSchedule.put("followUpSchedule", "every month");
        admin.request().body(badSchedule).post("/api/v1/outcome-definitions").then().statusCode(400)
                .body("errors.field", hasItem("followUpSchedule"));
        Map<String, Object> tooMany = definition("Too many", null);
        tooMany.putAll(Map.of("sustainedWeeklyHours", 7, "sustainedWeeks", 14, "sustainedWindowWeeks", 13));
        admin.request().body(tooMany).post("/api/v1/outcome-definitions").then().statusCode(400)
                .body("errors.field", hasItem("sustainedWeeks"));
        worker.request().body(definition("Not mine", null)).post("/api/v1/outcome-definitions").then().statusCode(403);
    }

    private String shippedId(String name) {
        return admin.request().get("/api/v1/outcome-definitions").then().statusCode(200)
                .extract().path("find { it.name == '" + name + "' }.id");
    }

    private static Map<String, Object> definition(String name, String startMinWeeklyHours) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("programme", "FAIR_START_SCOTLAND");
        body.put("startMinWeeklyHours", startMinWeeklyHours);
        body.put("sustainedWeeklyHours", 16);
        body.put("sustainedWeeks", 13);
        body.put("sustainedWindowWeeks", 13);
        body.put("followUpSchedule", "P3M,P6M,P12M");
        body.put("countsRetained", false);
        body.put("countsSelfEmployed", true);
        return body;
    }
}
