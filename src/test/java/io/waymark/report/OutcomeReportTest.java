package io.waymark.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every figure of the outcome report for 2025-Q3, against the cohort worked out by hand in {@link HandWorkedCohort}. */
@QuarkusTest
class OutcomeReportTest {

    /** The columns as docs/measures.md documents them; a change here is a change for every funder's import. */
    static final String HEADER = "service_code,service_name,quarter,period_start,period_end,breakdown,category,"
            + "people_supported,share_of_people_supported,people_with_job_outcome,share_of_people_with_job_outcome,"
            + "job_outcome_rate,gained_job,gained_job_share,retained_job,retained_job_share,self_employed,"
            + "self_employed_share,job_16_hours_or_more,job_16_hours_or_more_share,support_under_7_hours,"
            + "support_under_7_hours_share,support_7_to_40_hours,support_7_to_40_hours_share,support_over_40_hours,"
            + "support_over_40_hours_share,support_level_index,job_outcome_support_level_index,total_cost,"
            + "cost_per_person_supported,cost_per_job_outcome,people_referred,accepted_from_referral_form,"
            + "median_days_referral_to_acceptance,people_with_first_contact,median_days_referral_to_first_contact,"
            + "people_with_progression,progression_volunteering,progression_work_experience,progression_work_trial,"
            + "progression_education_or_training_started,progression_education_or_training_completed,"
            + "progression_qualification_gained,people_reassessed,average_change_confidence,average_change_job_search,"
            + "average_change_health_at_work,average_change_travel";

    private static HandWorkedCohort cohort;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Api lead = Api.as(Tokens.teamLead(Tokens.REPORTS));

    @BeforeEach
    void buildTheCohortOnce() {
        cohort = HandWorkedCohort.once();
    }

    private JsonPath report(Map<String, ?> query) {
        return lead.request().queryParams(query).get("/api/v1/reports/outcomes")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theHeadlineFiguresAndTheSplitMatchTheHandWorkedCohort() {
        JsonPath r = report(Map.of("quarter", "2025-Q3"));
        assertEquals("2025-Q3", r.getString("period"));
        assertEquals(6, r.getInt("total.peopleSupported"));            // Ailsa, Brodie, Catriona, Duncan, Euan, Iain
        assertEquals(4, r.getInt("total.peopleWithJobOutcome"));       // Ailsa, Catriona, Duncan, Iain
        assertEquals(66.7f, r.getFloat("total.jobOutcomeRate"));       // 4 / 6
        assertEquals(List.of("gained", "retained", "self_employed"), r.getList("outcomeTypes.category"));
        assertEquals(List.of(2, 1, 1), r.getList("outcomeTypes.count"));
        assertEquals(List.of(50.0f, 25.0f, 25.0f), r.getList("outcomeTypes.share"));
        assertEquals(3.17f, r.getFloat("total.supportLevelIndex"));    // (3 + 3×2 + 10×1) / 6
        assertEquals(3.75f, r.getFloat("total.jobOutcomeSupportLevelIndex")); // (2 + 3×1 + 10×1) / 4
    }

    @Test
    void hoursAreThoseOfEachCountedJobOnTheLastDayOfThePeriod() {
        JsonPath r = report(Map.of("quarter", "2025-Q3"));
        // Ailsa 20 (up from 10 on 1 Sep), Catriona 30, Duncan 8, Iain 6 (his new job, not his 25-hour one).
        assertEquals(2, r.getInt("hours.sixteenOrMore"));
        assertEquals(50.0f, r.getFloat("hours.sixteenOrMoreShare"));
        assertEquals(List.of(0, 2, 1, 1), r.getList("hours.bands.count"));
        assertEquals(List.of(0.0f, 50.0f, 25.0f, 25.0f), r.getList("hours.bands.share"));
        assertEquals(14.0f, r.getFloat("hours.median"));               // (8 + 20) / 2
        assertEquals(7.0f, r.getFloat("hours.lowerQuartile"));         // median of 6 and 8
        assertEquals(25.0f, r.getFloat("hours.upperQuartile"));        // median of 20 and 30
        assertEquals(6.0f, r.getFloat("hours.least"));
        assertEquals(30.0f, r.getFloat("hours.most"));
    }

    @Test
    void sustainmentCountsTheChecksThatFellDueInThePeriodIncludingClosedClients() {
        JsonPath r = report(Map.of("quarter", "2025-Q3"));
        assertEquals(List.of(13, 26, 52), r.getList("sustainment.weeks"));
        // 13 weeks: Brodie's job (due 4 Aug, it ended 14 Jul) and Iain's first (due 1 Sep, still held).
        // 26 weeks: Euan's (due 18 Aug, ended 30 Jun). 52 weeks: Fiona's (due 21 Jul 2025, still held; her case closed).
        assertEquals(List.of(2, 1, 1), r.getList("sustainment.due"));
        assertEquals(List.of(1, 0, 1), r.getList("sustainment.inWork"));
        assertEquals(List.of(50.0f, 0.0f, 100.0f), r.getList("sustainment.rate"));
    }

    @Test
    void daysFromReferralToFirstJobAndTheStageFunnel() {
        JsonPath r = report(Map.of("quarter", "2025-Q3"));
        // Ailsa 126 days, Duncan 224; Iain's first job was in Q2, Catriona's job was retained.
        assertEquals(2, r.getInt("peopleStartingFirstJob"));
        assertEquals(175.0f, r.getFloat("medianDaysReferralToFirstJob"));
        assertEquals(List.of("engagement", "vocational_profiling", "employer_engagement", "job_matching",
                "in_work_support", "career_development"), r.getList("stageFunnel.category"));
        // Catriona went straight to in-work support; Brodie reached it before his job ended.
        assertEquals(List.of(6, 5, 3, 3, 4, 0), r.getList("stageFunnel.count"));
        assertEquals(List.of(100.0f, 83.3f, 50.0f, 50.0f, 66.7f, 0.0f), r.getList("stageFunnel.share"));
    }

    @Test
    void peopleInTwoClientGroupsCountInBoth() {
        JsonPath r = report(Map.of("quarter", "2025-Q3"));
        assertEquals(List.of(1, 3, 1, 1, 0, 1, 1, 0, 0), r.getList("byClientGroup.peopleSupported"));
        assertEquals(List.of(1, 1, 1, 1, 0, 0, 1, 0, 0), r.getList("byClientGroup.peopleWithJobOutcome"));
        assertEquals(List.of(3, 2, 1), r.getList("bySupportLevel.peopleSupported"));
        assertEquals(List.of(2, 1, 1), r.getList("bySupportLevel.peopleWithJobOutcome"));
        assertEquals(List.of("Glasgow City", "North Lanarkshire"), r.getList("byLocalAuthority.category"));
    }

    @Test
    void theTrendShowsTheFourQuartersEndingWithThePeriod() {
        JsonPath r = report(Map.of("quarter", "2025-Q3"));
        assertEquals(List.of("2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"), r.getList("trend.quarter"));
        // Q4 2024: Fiona, Euan. Q1: + Brodie, Duncan, Ailsa; Euan's job. Q2: + Iain; Brodie's and Iain's jobs.
        assertEquals(List.of(2, 5, 6, 6), r.getList("trend.peopleSupported"));
        assertEquals(List.of(0, 1, 2, 4), r.getList("trend.peopleWithJobOutcome"));
        assertEquals(List.of(0.0f, 20.0f, 33.3f, 66.7f), r.getList("trend.jobOutcomeRate"));
    }

    @Test
    void filtersNarrowThePeopleCounted() {
        assertHeadline(Map.of("quarter", "2025-Q3", "teamId", cohort.team.id()), 2, 1);      // Ailsa, Brodie
        assertHeadline(Map.of("quarter", "2025-Q3", "workerId", cohort.team.worker("Rhona").staffId()), 2, 1);
        assertHeadline(Map.of("quarter", "2025-Q3", "programme", "IPS"), 1, 1);              // Iain
        assertHeadline(Map.of("quarter", "2025-Q3", "localAuthority", "north lanarkshire"), 2, 2);
        assertHeadline(Map.of("quarter", "2025-Q3", "clientGroup", "MENTAL_HEALTH_PROBLEM"), 3, 1); // Brodie, Euan, Iain
        assertHeadline(Map.of("quarter", "2025-Q3", "supportLevel", "OVER_40_HOURS"), 1, 1);  // Duncan
        assertHeadline(Map.of("quarter", "2025-Q3", "ageBand", "FROM_50"), 2, 1);             // Brodie 55, Catriona 65
        // Dates instead of a quarter: August alone has Catriona's retained job only.
        assertHeadline(Map.of("from", "2025-08-01", "to", "2025-08-31"), 6, 1);
    }

    private void assertHeadline(Map<String, ?> query, int supported, int withOutcome) {
        JsonPath r = report(query);
        assertEquals(supported, r.getInt("total.peopleSupported"), query.toString());
        assertEquals(withOutcome, r.getInt("total.peopleWithJobOutcome"), query.toString());
    }

    @Test
    void underAFundersDefinitionOnlyTheJobsThatMeetItCountFromTheDayTheyDid() {
        // Fair Start Scotland (16 hours a week; no retained jobs): only Ailsa, from 1 Sep when she went to 20 hours.
        JsonPath fss = report(Map.of("quarter", "2025-Q3", "definition", "00000000-0000-4000-9000-000000000001"));
        assertEquals("Fair Start Scotland", fss.getString("countedUnder"));
        assertEquals(6, fss.getInt("total.peopleSupported"));
        assertEquals(1, fss.getInt("total.peopleWithJobOutcome"));
        assertEquals(List.of(1, 0, 0), fss.getList("outcomeTypes.count"));
        // IPS Grow (after 4 hours of paid work): Ailsa 16 Jul, Catriona from her consent, Duncan 18 Sep, Iain 12 Sep.
        JsonPath grow = report(Map.of("quarter", "2025-Q3", "definition", "00000000-0000-4000-9000-000000000003"));
        assertEquals(4, grow.getInt("total.peopleWithJobOutcome"));
        assertEquals(List.of(2, 1, 1), grow.getList("outcomeTypes.count"));
        problem(Map.of("quarter", "2025-Q3", "definition", "00000000-0000-4000-9000-00000000ffff"), "definition");
    }

    @Test
    void costPerPersonAndPerJobOutcomeAreSetAgainstTheNdtiBands() {
        JsonPath r = report(Map.of("quarter", "2025-Q3"));
        assertEquals(true, r.getBoolean("cost.available"));
        assertEquals(15920.00f, r.getFloat("cost.totalCost"));            // 12,000 + 3,000 + 3,650 × 92/365
        assertEquals(2653.33f, r.getFloat("cost.costPerPersonSupported")); // / 6
        assertEquals(3980.00f, r.getFloat("cost.costPerJobOutcome"));      // / 4
        assertEquals(List.of("ABOVE_BAND", "WITHIN_BAND", "ABOVE_BAND"), r.getList("cost.comparisons.position"));
        assertEquals(List.of(1730, 8217, 38), r.getList("cost.comparisons.nationalAverage"));
        assertEquals(true, r.getString("cost.caveats[0]").contains("shorter than a year"));
        // A quarter's job outcome rate is set against NDTi's annual band with the warning that it is not comparable.
        assertTrue(r.getList("cost.caveats").contains(ReportService.SHORT_PERIOD_RATE));
        assertTrue(report(Map.of("quarter", "2025-Q3", "teamId", cohort.team.id())).getList("cost.caveats")
                .contains(ReportService.SHORT_PERIOD_RATE), "also where costs are not shown");
        JsonPath year = report(Map.of("from", "2024-10-01", "to", "2025-09-30"));
        assertTrue(!year.getList("cost.caveats").contains(ReportService.SHORT_PERIOD_RATE));

        JsonPath ips = report(Map.of("quarter", "2025-Q3", "programme", "IPS"));
        assertEquals(3000.00f, ips.getFloat("cost.totalCost"));           // the IPS stream only
        assertEquals(3000.00f, ips.getFloat("cost.costPerJobOutcome"));

        JsonPath team = report(Map.of("quarter", "2025-Q3", "teamId", cohort.team.id()));
        assertEquals(false, team.getBoolean("cost.available"));
        assertEquals(null, team.getString("cost.totalCost"));
    }

    /** The same return as an Excel workbook: every row and column of the CSV, numbers as numbers, dates as dates. */
    @Test
    void theQuarterlyReturnAsAWorkbookHoldsTheRowsOfItsCsv() throws Exception {
        List<String> csv = lead.request().accept("text/csv").queryParam("quarter", "2025-Q3")
                .get("/api/v1/reports/quarterly-return").then().statusCode(200).extract().asString().lines().toList();
        byte[] file = lead.request().accept(XLSX).queryParam("quarter", "2025-Q3").queryParam("format", "xlsx")
                .get("/api/v1/reports/quarterly-return").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("waymark-quarterly-return-2025-Q3.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(csv.size() - 1, sheet.getLastRowNum(), "a row for each of the CSV's");
            for (int r = 0; r < csv.size(); r++) {
                String[] expected = csv.get(r).split(",", -1);
                Row row = sheet.getRow(r);
                for (int c = 0; c < expected.length; c++) {
                    Cell cell = row.getCell(c);
                    String where = QuarterlyReturn.HEADER.get(c) + " of row " + r;
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        assertEquals("", expected[c], where);
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        assertEquals(expected[c], cell.getLocalDateTimeCellValue().toLocalDate().toString(), where);
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        assertEquals(0, new BigDecimal(expected[c]).compareTo(BigDecimal.valueOf(cell.getNumericCellValue())),
                                where + ": " + cell.getNumericCellValue());
                    } else {
                        assertEquals(expected[c], cell.getStringCellValue(), where);
                    }
                }
            }
        }
        lead.request().accept("*/*").queryParam("quarter", "2025-Q3").queryParam("format", "pdf")
                .get("/api/v1/reports/quarterly-return").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @Test
    void theQuarterlyReturnHasEveryColumnOfEveryRowAsWorkedOutByHand() {
        String csv = lead.request().accept("text/csv").queryParam("quarter", "2025-Q3")
                .get("/api/v1/reports/quarterly-return").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("waymark-quarterly-return-2025-Q3.csv"))
                .extract().asString();
        String prefix = "east-reports,East Reports Employment,2025-Q3,2025-07-01,2025-09-30,";
        List<String> expected = List.of(
                HEADER,
                prefix + "all,all,6,100.0,4,100.0,66.7,2,50.0,1,25.0,1,25.0,2,50.0,3,50.0,2,33.3,1,16.7,3.17,3.75,15920.00,2653.33,3980.00,3,0,,0,,0,0,0,0,0,0,0,0,,,,",
                prefix + "client_group,learning_disability,1,16.7,1,25.0,100.0,1,100.0,0,0.0,0,0.0,1,100.0,0,0.0,1,100.0,0,0.0,3.00,3.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,mental_health_problem,3,50.0,1,25.0,33.3,1,100.0,0,0.0,0,0.0,0,0.0,2,66.7,1,33.3,0,0.0,1.67,1.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,physical_or_sensory_impairment,1,16.7,1,25.0,100.0,0,0.0,1,100.0,0,0.0,1,100.0,1,100.0,0,0.0,0,0.0,1.00,1.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,autism,1,16.7,1,25.0,100.0,1,100.0,0,0.0,0,0.0,1,100.0,0,0.0,1,100.0,0,0.0,3.00,3.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,homeless,0,0.0,0,0.0,,0,,0,,0,,0,,0,,0,,0,,,,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,drug_or_alcohol_problem,1,16.7,0,0.0,0.0,0,,0,,0,,0,,0,0.0,1,100.0,0,0.0,3.00,,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,long_term_health_condition,1,16.7,1,25.0,100.0,0,0.0,0,0.0,1,100.0,0,0.0,0,0.0,0,0.0,1,100.0,10.00,10.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,loss_of_voice,0,0.0,0,0.0,,0,,0,,0,,0,,0,,0,,0,,,,,,,,,,,,,,,,,,,,,,,",
                prefix + "client_group,other,0,0.0,0,0.0,,0,,0,,0,,0,,0,,0,,0,,,,,,,,,,,,,,,,,,,,,,,",
                prefix + "support_level,under_7_hours,3,50.0,2,50.0,66.7,1,50.0,1,50.0,0,0.0,1,50.0,3,100.0,0,0.0,0,0.0,1.00,1.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "support_level,from_7_to_40_hours,2,33.3,1,25.0,50.0,1,100.0,0,0.0,0,0.0,1,100.0,0,0.0,2,100.0,0,0.0,3.00,3.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "support_level,over_40_hours,1,16.7,1,25.0,100.0,0,0.0,0,0.0,1,100.0,0,0.0,0,0.0,0,0.0,1,100.0,10.00,10.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "age_band,under_25,1,16.7,1,25.0,100.0,0,0.0,0,0.0,1,100.0,0,0.0,0,0.0,0,0.0,1,100.0,10.00,10.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "age_band,from_25_to_49,3,50.0,2,50.0,66.7,2,100.0,0,0.0,0,0.0,1,50.0,1,33.3,2,66.7,0,0.0,2.33,2.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "age_band,from_50,2,33.3,1,25.0,50.0,0,0.0,1,100.0,0,0.0,1,100.0,2,100.0,0,0.0,0,0.0,1.00,1.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "gender,woman,2,33.3,2,50.0,100.0,1,50.0,1,50.0,0,0.0,2,100.0,1,50.0,1,50.0,0,0.0,2.00,2.00,,,,,,,,,,,,,,,,,,,,",
                prefix + "gender,man,4,66.7,2,50.0,50.0,1,50.0,0,0.0,1,50.0,0,0.0,2,50.0,1,25.0,1,25.0,3.75,5.50,,,,,,,,,,,,,,,,,,,,",
                prefix + "gender,non_binary,0,0.0,0,0.0,,0,,0,,0,,0,,0,,0,,0,,,,,,,,,,,,,,,,,,,,,,,",
                prefix + "gender,other,0,0.0,0,0.0,,0,,0,,0,,0,,0,,0,,0,,,,,,,,,,,,,,,,,,,,,,,",
                prefix + "gender,prefer_not_to_say,0,0.0,0,0.0,,0,,0,,0,,0,,0,,0,,0,,,,,,,,,,,,,,,,,,,,,,,",
                prefix + "local_authority,Glasgow City,4,66.7,2,50.0,50.0,1,50.0,0,0.0,1,50.0,1,50.0,1,25.0,2,50.0,1,25.0,4.25,6.50,,,,,,,,,,,,,,,,,,,,",
                prefix + "local_authority,North Lanarkshire,2,33.3,2,50.0,100.0,1,50.0,1,50.0,0,0.0,1,50.0,2,100.0,0,0.0,0,0.0,1.00,1.00,,,,,,,,,,,,,,,,,,,,",
                // The waits from referral: three of the cohort were referred in the quarter, by Jobcentre Plus, with
                // no referral form and no contact recorded.
                prefix + "referral_source,jobcentre_plus,,,,,,,,,,,,,,,,,,,,,,,,,3,0,,0,,,,,,,,,,,,,");
        assertEquals(expected, List.of(csv.split("\r\n")));
    }

    @Test
    void everyColumnIsDefinedInTheMeasuresDocument() throws Exception {
        String measures = Files.readString(Path.of("docs/measures.md"));
        for (String column : HEADER.split(",")) {
            assertTrue(measures.contains("| `" + column + "` |"), column + " is not defined in docs/measures.md");
        }
    }

    @Test
    void aBadPeriodOrFilterIsAProblemNamingTheParameter() {
        problem(Map.of("quarter", "2025-Q5"), "quarter");
        problem(Map.of("from", "2025-07-01"), "to");
        problem(Map.of("from", "2025-09-01", "to", "2025-07-01"), "to");
        problem(Map.of("quarter", "2025-Q3", "ageBand", "ANCIENT"), "ageBand");
        problem(Map.of("quarter", "2025-Q3", "teamId", "not-an-id"), "teamId");
        lead.request().accept("text/csv").get("/api/v1/reports/quarterly-return").then().statusCode(400)
                .body("errors.field", hasItem("quarter"));
    }

    private void problem(Map<String, ?> query, String field) {
        ValidatableResponse response = lead.request().queryParams(query).get("/api/v1/reports/outcomes").then();
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void workersDoNotSeeReportsAndOnlyAdministratorsEnterCosts() {
        Api.as(Tokens.worker(Tokens.REPORTS)).request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/reports/outcomes").then().statusCode(403);
        lead.request().body(Map.of("periodFrom", "2025-01-01", "periodTo", "2025-03-31", "amount", 1))
                .post("/api/v1/service-costs").then().statusCode(403);
        Api.as(Tokens.admin(Tokens.REPORTS)).request()
                .body(Map.of("periodFrom", "2025-03-31", "periodTo", "2025-01-01", "amount", 1))
                .post("/api/v1/service-costs").then().statusCode(400).body("errors.field", hasItem("periodTo"));
        Api.as(Tokens.admin(Tokens.REPORTS)).request()
                .body(Map.of("periodFrom", "2025-01-01", "periodTo", "2025-03-31", "amount", -5))
                .post("/api/v1/service-costs").then().statusCode(400).body("errors.field", hasItem("amount"));
    }

    @Test
    void anotherOrganisationsReportCountsNoneOfTheseClients() {
        Api.as(Tokens.teamLead(Tokens.SOUTH)).request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/reports/outcomes").then().statusCode(200)
                .body("serviceCode", equalTo(Tokens.SOUTH))
                .body("total.peopleSupported", equalTo(0))
                .body("total.jobOutcomeRate", nullValue())
                .body("cost.available", equalTo(false));
    }

    // What a commissioner of East Council, which funds the service, sees: aggregates with counts of 1 to 4 as "<5".

    private final Api commissioner = Api.as(Tokens.commissioner(HandWorkedCohort.FUNDER));

    @Test
    void aCommissionerSeesTheServicesTheirFunderFundsAndNoOthers() {
        commissioner.request().get("/api/v1/funded-services").then().statusCode(200)
                .body("code", equalTo(List.of(Tokens.REPORTS)));
        Api.as(Tokens.commissioner("another-funder")).request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(403);
        commissioner.request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.SOUTH).then().statusCode(404);
        commissioner.request().get("/api/v1/clients").then().statusCode(403);
        commissioner.request().queryParam("quarter", "2025-Q3").get("/api/v1/reports/outcomes").then().statusCode(403);
    }

    @Test
    void aCommissionerSeesSmallCountsAsLessThanFiveAndNothingWorkedOutFromThem() {
        String body = commissioner.request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(200)
                // Six people: every count of the whole service is tied by a sum to a small one (docs/measures.md).
                .body("total.peopleSupported", equalTo("suppressed"))
                .body("total.peopleWithJobOutcome", equalTo("suppressed"))
                .body("total.jobOutcomeRate", equalTo("suppressed"))
                .body("outcomeTypes.count", equalTo(List.of("suppressed", "suppressed", "suppressed")))
                .body("byClientGroup[0].peopleSupported", equalTo("<5"))
                .body("byClientGroup[4].peopleSupported", equalTo(0))
                .body("hours.median", equalTo("suppressed"))
                .body("medianDaysReferralToFirstJob", equalTo("suppressed"))
                .body("cost.totalCost", equalTo(15920.00f))
                .body("cost.costPerPersonSupported", equalTo("suppressed"))
                .body("cost.costPerJobOutcome", equalTo("suppressed"))
                .body("trend.peopleSupported", equalTo(List.of("<5", "suppressed", "suppressed", "suppressed")))
                .extract().asString();
        for (String name : cohort.ids.keySet()) {
            assertTrue(!body.contains(name) && !body.contains(cohort.ids.get(name)), "the report names " + name);
        }
    }

    @Test
    void aCommissionersQuarterlyReturnIsSuppressedTheSameWay() {
        String csv = commissioner.request().accept("text/csv").queryParam("quarter", "2025-Q3")
                .get("/api/v1/funded-services/{s}/quarterly-return", Tokens.REPORTS).then().statusCode(200)
                .extract().asString();
        List<String> rows = List.of(csv.split("\r\n"));
        String prefix = "east-reports,East Reports Employment,2025-Q3,2025-07-01,2025-09-30,";
        assertEquals(HEADER, rows.get(0));
        // Six people: every count of the whole service is tied by a sum to a small one, so none is shown.
        // The three referred in the quarter: a small count, hidden; none came through a form or has had a contact.
        assertEquals(prefix + "all,all," + "suppressed,".repeat(21) + "15920.00,suppressed,suppressed,<5,0,,0,"
                // No progressions: but "none" of a hidden total would give the total away, so hidden too.
                + "," + "suppressed,".repeat(7) + "suppressed,,,,", rows.get(1));
        assertEquals(prefix + "client_group,mental_health_problem,<5,suppressed,<5,suppressed,suppressed,<5,suppressed,"
                + "0,suppressed,0,suppressed,0,suppressed,<5,suppressed,<5,suppressed,0,suppressed,suppressed,suppressed,,,"
                + ",,,,,,,,,,,,,,,,,", rows.get(3));
        assertEquals(prefix + "client_group,homeless,0,suppressed,0,suppressed,,0,,0,,0,,0,,0,,0,,0,,,,,,,,,,,,,,,,,,"
                + ",,,,,", rows.get(6));
        assertEquals(prefix + "local_authority,Glasgow City," + "suppressed,".repeat(21) + ",,,,,,,,,,,,,,,,,,,", rows.get(22));
        assertEquals(prefix + "referral_source,jobcentre_plus" + ",".repeat(24) + ",<5,0,,0," + ",".repeat(12), rows.get(24));
        for (String row : rows) {
            assertTrue(!row.matches(".*,[1-4],.*"), "a count of 1 to 4 is shown: " + row);
        }
    }
}
