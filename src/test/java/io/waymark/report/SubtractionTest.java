package io.waymark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A commissioner reads the hand-worked cohort's reports as an attacker would: every sum the report's figures make
 * (the kinds of job to the people with a job, each breakdown to the whole service, a count and what is left of its
 * total, the hours bands, the answers at a check, each quarter of the trend) is used, again and again, to narrow
 * the range of every hidden count. No count of 1 to 4, shown as "<5" or left for the reader to subtract, may be
 * pinned to one value. This is written apart from the service's own {@link Disclosure}, from the JSON alone.
 */
@QuarkusTest
class SubtractionTest {

    private final Api commissioner = Api.as(Tokens.commissioner(HandWorkedCohort.FUNDER));

    @BeforeEach
    void cohort() {
        HandWorkedCohort.once();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"})
    void noHiddenCountCanBeWorkedOutBySubtraction(String quarter) {
        String report = commissioner.request().queryParam("quarter", quarter)
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(200)
                .extract().asString();
        SubtractionAttack reader = new SubtractionAttack();
        reader.read(report);
        List<String> pinned = reader.pinned();
        assertEquals(List.of(), pinned, quarter + ": hidden counts worked out by subtraction");
        assertTrue(reader.hiddenCounts() > 0, "the cohort is small: some counts must be hidden");
    }

    @Test
    void aQuarterReadsTheSameInItsOwnReportAndInTheTrend() {
        JsonPath q3 = commissioner.request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(200).extract().jsonPath();
        JsonPath q4 = commissioner.request().queryParam("quarter", "2025-Q4")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(200).extract().jsonPath();
        Object inTrend = q4.getList("trend.peopleWithJobOutcome").get(2);
        assertEquals("2025-Q3", q4.getList("trend.quarter").get(2));
        assertEquals(String.valueOf(q3.getString("total.peopleWithJobOutcome")), String.valueOf(inTrend));
        assertEquals(String.valueOf(q3.getString("total.peopleSupported")), String.valueOf(q4.getList("trend.peopleSupported").get(2)));
    }

    @Test
    void aCommissionerCannotSetPeriodsOrFiltersAgainstEachOther() {
        commissioner.request().queryParam("from", "2025-07-01").queryParam("to", "2025-08-31")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("quarter"));
        commissioner.request().queryParam("quarter", "2025-Q3").queryParam("gender", "WOMAN").queryParam("ageBand", "AGE_25_TO_34")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("ageBand"));
    }
}
