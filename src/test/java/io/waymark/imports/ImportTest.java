package io.waymark.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Database;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Importing a provider's records: the templates filled with a small cohort, the dry run's problems row by row, the
 * import (all or nothing), the reports it gives against the same cohort typed through the API, and the undo.
 */
@QuarkusTest
class ImportTest {

    static final String IMPORTS = "east-imports";
    static final String TYPED = "east-typed";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgroalDataSource dataSource;

    private final Api admin = Api.as(Tokens.admin(IMPORTS));

    /** A row of a sheet, by the template's headings. */
    static Map<String, String> row(String... headingsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headingsAndValues.length; i += 2) {
            row.put(headingsAndValues[i], headingsAndValues[i + 1]);
        }
        return row;
    }

    /**
     * The cohort both organisations take: an employer, five clients with earlier stage moves, three jobs with check
     * answers, goals, contacts, one closure; {@code tag} keeps cohorts apart.
     */
    record Cohort(List<Map<String, String>> employers, List<Map<String, String>> clients,
            List<Map<String, String>> moves, List<Map<String, String>> jobs, List<Map<String, String>> answers,
            List<Map<String, String>> goals, List<Map<String, String>> contacts) {

        static Cohort of(String tag, String worker, String team) {
            List<Map<String, String>> clients = List.of(
                    client(tag + "-1", "Ailsa", "Morar" + tag, "1980-03-01", "Woman", "2025-07-01", "03/07/2025",
                            "JOB_MATCHING", "2025-08-01", worker, "", "", ""),
                    client(tag + "-2", "Brodie", "Nevis" + tag, "1990-05-05", "MAN", "2025-07-10", "2025-07-10",
                            "In-work support", "2025-09-01", worker, "", "", ""),
                    client(tag + "-3", "Catriona", "Shiel" + tag, "1970-01-20", "WOMAN", "2025-06-02", "2025-06-02",
                            "", "", worker, "", "", ""),
                    client(tag + "-4", "Duncan", "Ord" + tag, "1999-09-09", "MAN", "2025-08-15", "",
                            "", "", "", team, "", ""),
                    client(tag + "-5", "Euan", "Tarbat" + tag, "1985-12-12", "MAN", "2025-07-20", "2025-07-21",
                            "EMPLOYER_ENGAGEMENT", "2025-08-20", worker, "", "2025-11-30", "SUSTAINED_IN_WORK"));
            List<Map<String, String>> jobs = List.of(
                    row("Client reference", tag + "-2", "Outcome", "GAINED", "Employer", "Loch Bakery " + tag,
                            "Job title", "Baker", "Sector", "Food", "Contract", "PERMANENT", "Started on", "2025-08-25",
                            "Hours a week", "20", "Hourly pay", "13.00"),
                    row("Client reference", tag + "-3", "Outcome", "RETAINED", "Employer", "Glen Care " + tag,
                            "Job title", "Carer", "Sector", "Care", "Contract", "PERMANENT", "Started on", "2024-11-01",
                            "Hours a week", "30", "Hourly pay", "£12.60", "Ended on", "2025-10-31",
                            "End reason", "Contract ended"),
                    row("Client reference", tag + "-5", "Outcome", "Self-employed", "Job title", "Window cleaner",
                            "Sector", "Cleaning", "Started on", "2025-09-15", "Hours a week", "12.5"));
            List<Map<String, String>> contacts = List.of(
                    row("Client reference", tag + "-1", "When", "2025-07-03 10:00", "Channel", "FACE_TO_FACE",
                            "Minutes", "60", "Notes", "First meeting"),
                    row("Client reference", tag + "-1", "When", "01/08/2025 14:30", "Channel", "Phone",
                            "Minutes", "15", "Notes", "Talked about jobs"),
                    row("Client reference", tag + "-2", "When", "2025-07-10", "Channel", "VIDEO",
                            "Minutes", "45", "Stage", "ENGAGEMENT", "Notes", "Agreed to take part"),
                    row("Client reference", tag + "-5", "When", "2025-11-20 09:00", "Channel", "EMAIL",
                            "Minutes", "5", "Notes", "Business going well"));
            List<Map<String, String>> employers = List.of(
                    row("Employer", "Loch Bakery " + tag, "Sector", "Food", "Size", "Small",
                            "Disability Confident", "COMMITTED", "Local authority", "Highland"));
            List<Map<String, String>> moves = List.of(
                    row("Client reference", tag + "-1", "Moved to", "VOCATIONAL_PROFILING", "Moved on", "2025-07-10"),
                    row("Client reference", tag + "-1", "Moved to", "Employer engagement", "Moved on", "20/07/2025",
                            "Reason", "Profile done quickly"),
                    row("Client reference", tag + "-2", "Moved to", "JOB_MATCHING", "Moved on", "2025-08-01",
                            "Reason", "Had a profile from college"),
                    row("Client reference", tag + "-2", "Moved to", "IN_WORK_SUPPORT", "Moved on", "2025-09-01"));
            List<Map<String, String>> answers = List.of(
                    row("Client reference", tag + "-2", "Job started on", "2025-08-25", "Check", "4 weeks",
                            "Answer", "IN_EMPLOYMENT", "Checked on", "2025-09-22", "Hours a week", "20",
                            "Verified by", "CLIENT"),
                    row("Client reference", tag + "-2", "Job started on", "25/08/2025", "Check", "13 Weeks",
                            "Answer", "In employment", "Checked on", "2025-11-24", "Hours a week", "24",
                            "Verified by", "PAYSLIP"),
                    row("Client reference", tag + "-3", "Job started on", "2024-11-01", "Job title", "Carer",
                            "Check", "13 weeks", "Answer", "IN_EMPLOYMENT", "Checked on", "2025-09-01",
                            "Hours a week", "30", "Verified by", "EMPLOYER"));
            List<Map<String, String>> goals = List.of(
                    row("Client reference", tag + "-1", "Goal", "Find kitchen work", "Objectives", "Food hygiene course",
                            "Target date", "2027-03-31", "Review date", "2027-01-15"),
                    row("Client reference", tag + "-5", "Goal", "Start a window cleaning round", "Review date",
                            "2025-09-01", "Status", "ACHIEVED"));
            return new Cohort(employers, clients, moves, jobs, answers, goals, contacts);
        }

        private static Map<String, String> client(String reference, String first, String last, String born,
                String gender, String referred, String consented, String stage, String since, String worker,
                String team, String closedOn, String closureReason) {
            // The surname starts with the tag and the birthdays move with it (within the year, so ages hold), so that
            // no two tests' cohorts in the organisation look like the same people.
            String tag = reference.substring(0, reference.indexOf('-'));
            String bornOn = java.time.LocalDate.parse(born).plusDays(Math.floorMod(tag.hashCode(), 150)).toString();
            return row("Reference", reference, "First name", first, "Last name", tag + last.replace(tag, ""),
                    "Date of birth", bornOn,
                    "Gender", gender, "Local authority", "Highland", "Programme", "No One Left Behind",
                    "Referred by", "JOBCENTRE_PLUS", "Referred on", referred, "Agreed to take part on", consented,
                    "Client groups", "MENTAL_HEALTH_PROBLEM; AUTISM", "Other support a week", "UNDER_7_HOURS",
                    "Stage", stage, "In stage since", since, "Worker", worker, "Team", team, "Closed on", closedOn,
                    "Closure reason", closureReason);
        }
    }

    // --- the templates ---

    @Test
    void theTemplatesNameEveryColumnAndTheValuesTheyTake() throws Exception {
        String csv = admin.request().accept("text/csv").queryParam("format", "csv").queryParam("kind", "contacts")
                .get("/api/v1/imports/template").then().statusCode(200)
                .header("Content-Disposition", containsString("waymark-import-contacts.csv")).extract().asString();
        assertEquals("\uFEFFClient reference,When,Channel,Minutes,Stage,Notes", csv.strip());
        try (XSSFWorkbook workbook = template()) {
            assertEquals("Reference", workbook.getSheet("Clients").getRow(0).getCell(0).getStringCellValue());
            assertEquals("Client reference", workbook.getSheet("Jobs").getRow(0).getCell(0).getStringCellValue());
            Sheet fields = workbook.getSheet("What each column takes");
            Map<String, String> values = new HashMap<>();
            for (int r = 1; r <= fields.getLastRowNum(); r++) {
                values.put(fields.getRow(r).getCell(0).getStringCellValue() + "/"
                        + fields.getRow(r).getCell(1).getStringCellValue(), fields.getRow(r).getCell(4).getStringCellValue());
            }
            assertEquals("FACE_TO_FACE, PHONE, TEXT, VIDEO, EMAIL", values.get("Contacts/Channel"));
            assertEquals("GAINED, RETAINED, SELF_EMPLOYED", values.get("Jobs/Outcome"));
        }
        Api.as(Tokens.worker(Tokens.NORTH)).request().accept(XLSX).queryParam("format", "xlsx")
                .get("/api/v1/imports/template").then().statusCode(403);
    }

    // --- the dry run ---

    @Test
    void theDryRunNamesEveryProblemByRowAndColumnAndSavesNothing() throws Exception {
        String tag = "D" + UUID.randomUUID().toString().substring(0, 6);
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(IMPORTS).withWorker("Wendy", null).build();
        String worker = username(team.worker("Wendy").token());
        Api.as(team.worker("Wendy").token()).request().body(Map.of("firstName", "Isla", "lastName", "Existing" + tag,
                "dateOfBirth", "1991-02-03", "gender", "WOMAN", "localAuthority", "Highland", "programme", "IPS",
                "referralSource", "SELF_REFERRAL", "referralDate", "2025-05-01", "supportLevel", "UNDER_7_HOURS"))
                .post("/api/v1/clients").then().statusCode(201);
        Cohort good = Cohort.of(tag, worker, team.name());
        List<Map<String, String>> clients = new ArrayList<>(good.clients());
        clients.add(row("Reference", tag + "-6", "First name", "Young", "Last name", "Person" + tag,       // row 7
                "Date of birth", "2015-01-01", "Gender", "WOMAN", "Local authority", "Highland", "Programme", "IPS",
                "Referred by", "OTHER", "Referred on", "2025-07-01", "Other support a week", "UNDER_7_HOURS"));
        clients.add(row("Reference", tag + "-7", "First name", "Bad", "Last name", "Date" + tag,           // row 8
                "Date of birth", "31/02/1980", "Gender", "WOMAN", "Local authority", "Highland", "Programme", "Nonsense",
                "Referred by", "OTHER", "Referred on", "2025-07-01", "Other support a week", "UNDER_7_HOURS"));
        clients.add(row("Reference", tag + "-8", "First name", "Isla", "Last name", "Existing" + tag,      // row 9
                "Date of birth", "1991-02-03", "Gender", "WOMAN", "Local authority", "Highland", "Programme", "IPS",
                "Referred by", "OTHER", "Referred on", "2025-07-01", "Other support a week", "UNDER_7_HOURS"));
        clients.add(row("Reference", tag + "-1", "First name", "Again", "Last name", "Morar" + tag,          // row 10
                "Date of birth", "1981-03-01", "Gender", "WOMAN", "Local authority", "Highland", "Programme", "IPS",
                "Referred by", "OTHER", "Referred on", "2025-07-01", "Other support a week", "UNDER_7_HOURS"));
        clients.add(row("Reference", tag + "-9", "First name", "Nobody", "Last name", "Known" + tag,        // row 11
                "Date of birth", "1982-03-01", "Gender", "WOMAN", "Local authority", "Highland", "Programme", "IPS",
                "Referred by", "OTHER", "Referred on", "2025-07-01", "Other support a week", "UNDER_7_HOURS",
                "Worker", "no.such.person"));
        clients.add(row("Reference", tag + "-10", "First name", "Not", "Last name", "Agreed" + tag,        // row 12
                "Date of birth", "1983-03-01", "Gender", "WOMAN", "Local authority", "Highland", "Programme", "IPS",
                "Referred by", "OTHER", "Referred on", "2025-07-01", "Other support a week", "UNDER_7_HOURS",
                "Stage", "JOB_MATCHING", "In stage since", "2025-08-01"));
        clients.add(row("Reference", tag + "-11", "First name", "Brody", "Last name", tag + "Nevis",       // row 13
                "Date of birth", good.clients().get(1).get("Date of birth"), "Gender", "MAN", "Local authority", "Highland", "Programme", "IPS",
                "Referred by", "OTHER", "Referred on", "2025-07-01", "Other support a week", "UNDER_7_HOURS"));
        List<Map<String, String>> jobs = new ArrayList<>(good.jobs());
        jobs.add(row("Client reference", tag + "-1", "Outcome", "GAINED", "Employer", "Cheap Ltd", "Job title", "Porter",
                "Sector", "Retail", "Contract", "PERMANENT", "Started on", "2025-09-01", "Hours a week", "10",
                "Hourly pay", "5.00"));                                                                   // row 5
        jobs.add(row("Client reference", "NO-SUCH-REF", "Outcome", "GAINED", "Employer", "Any", "Job title", "Porter",
                "Sector", "Retail", "Contract", "PERMANENT", "Started on", "2025-09-01", "Hours a week", "10",
                "Hourly pay", "13.00"));                                                                  // row 6
        jobs.add(row("Client reference", tag + "-4", "Outcome", "GAINED", "Employer", "Any", "Job title", "Porter",
                "Sector", "Retail", "Contract", "PERMANENT", "Started on", "2025-09-01", "Hours a week", "10",
                "Hourly pay", "13.00"));                                 // row 7: a client who has not yet agreed
        List<Map<String, String>> contacts = new ArrayList<>(good.contacts());
        contacts.add(row("Client reference", tag + "-1", "When", "2099-01-01", "Channel", "PHONE", "Minutes", "5",
                "Notes", "Future"));                                                                      // row 6
        contacts.add(row("Client reference", tag + "-1", "When", "2025-06-01", "Channel", "PHONE", "Minutes", "5",
                "Notes", "Before referral"));                                                             // row 7
        contacts.add(row("Client reference", tag + "-6", "When", "2025-08-01", "Channel", "PHONE", "Minutes", "5",
                "Notes", "Of a refused client"));                                                         // row 8

        List<Map<String, String>> employers = new ArrayList<>(good.employers());
        employers.add(row("Employer", "loch bakery " + tag, "Sector", "Baking"));                        // row 3
        employers.add(row("Employer", "No Sector " + tag));                                              // row 4
        List<Map<String, String>> moves = new ArrayList<>(good.moves());
        moves.add(row("Client reference", "NO-SUCH-REF", "Moved to", "JOB_MATCHING", "Moved on", "2025-08-01")); // 6
        moves.add(row("Client reference", tag + "-6", "Moved to", "JOB_MATCHING", "Moved on", "2025-08-01"));   // 7
        moves.add(row("Client reference", tag + "-3", "Moved to", "VOCATIONAL_PROFILING", "Moved on",
                "2025-05-01"));                                                          // row 8: before the referral
        List<Map<String, String>> answers = new ArrayList<>(good.answers());
        answers.add(row("Client reference", tag + "-2", "Job started on", "2025-01-01", "Check", "4 weeks",
                "Answer", "NO_ENGAGEMENT", "Checked on", "2025-09-22"));                                   // row 5
        answers.add(row("Client reference", tag + "-2", "Job started on", "2025-08-25", "Check", "14 weeks",
                "Answer", "NO_ENGAGEMENT", "Checked on", "2025-09-22"));                                   // row 6
        answers.add(row("Client reference", tag + "-2", "Job started on", "2025-08-25", "Check", "26 weeks",
                "Answer", "IN_EMPLOYMENT", "Checked on", "2026-02-23", "Verified by", "CLIENT"));          // row 7
        answers.add(row("Client reference", tag + "-2", "Job started on", "2025-08-25", "Check", "4 weeks",
                "Answer", "NO_ENGAGEMENT", "Checked on", "2025-09-22"));                                   // row 8
        List<Map<String, String>> goals = new ArrayList<>(good.goals());
        goals.add(row("Client reference", tag + "-1", "Goal", "Overdue already", "Review date", "2025-01-01")); // 4
        goals.add(row("Client reference", "NO-SUCH-REF", "Goal", "Anything"));                                 // 5

        Map<String, byte[]> files = new HashMap<>();
        files.put("employers", csv(ImportKind.EMPLOYERS, employers));
        files.put("clients", csv(ImportKind.CLIENTS, clients));
        files.put("stage_moves", csv(ImportKind.STAGE_MOVES, moves));
        files.put("jobs", csv(ImportKind.JOBS, jobs));
        files.put("follow_ups", csv(ImportKind.FOLLOW_UPS, answers));
        files.put("goals", csv(ImportKind.GOALS, goals));
        files.put("contacts", csv(ImportKind.CONTACTS, contacts));
        JsonPath checked = upload(files);

        assertEquals("CHECKED", checked.getString("status"));
        assertEquals(Map.of("Employers", 3, "Clients", 12, "Stage moves", 7, "Jobs", 6, "Sustainment checks", 7,
                "Goals", 4, "Contacts", 7), checked.getMap("report.rowsRead"));
        List<String> problems = checked.getList("report.problems", Map.class).stream()
                .map(p -> p.get("file") + " " + p.get("row") + " " + p.get("column") + ": " + p.get("message"))
                .toList();
        assertEquals(List.of(
                "Employers 3 Employer: row 2 has the same employer",
                "Employers 4 Sector: is required",
                "Clients 7 Date of birth: the client must be at least 16 on the referral date",
                "Clients 8 Date of birth: is not a date (2026-03-31 or 31/03/2026)",
                "Clients 8 Programme: Nonsense is not one of the organisation's programmes: FAIR_START_SCOTLAND,"
                        + " NO_ONE_LEFT_BEHIND, LOCAL_AUTHORITY_FUNDED, IPS, OTHER",
                "Clients 9 Last name: likely the same person as " + existingReference(tag) + " in Waymark (same date"
                        + " of birth and a similar name)",
                "Clients 10 Reference: row 2 has the same reference",
                "Clients 11 Worker: there is no member of staff with the username or email no.such.person",
                "Clients 12 Stage: the client has not yet agreed to take part: record their consent before moving"
                        + " past engagement",
                "Clients 13 Last name: likely the same person as row 3 (same date of birth and a similar name)",
                "Stage moves 6 Client reference: there is no client with the reference NO-SUCH-REF in the clients"
                        + " file: earlier stage moves come with the client's row",
                "Stage moves 7 Client reference: the client's row (row 7 of Clients) has problems",
                "Stage moves 8 Moved on: cannot be before the client entered ENGAGEMENT on 2025-06-02",
                "Jobs 5 Hourly pay: £5.00 an hour is below the minimum wage of £12.21 for someone aged 45 on 2025-09-01: that is unpaid work, not a job outcome (record it as an activity instead)",
                "Jobs 6 Client reference: there is no client with the reference NO-SUCH-REF in the clients file or"
                        + " in Waymark",
                "Jobs 7 Client reference: The client has not yet agreed to take part: record their consent first",
                "Sustainment checks 5 Job started on: the jobs file has no job of " + tag + "-2 starting on"
                        + " 2025-01-01 (checks of jobs already in Waymark are answered on the job's page)",
                "Sustainment checks 6 Check: the job's checks are 4 weeks, 13 weeks, 26 weeks, 52 weeks",
                "Sustainment checks 7 Hours a week: give the hours per week the client works now",
                "Sustainment checks 8 Check: row 2 answers the same check",
                "Goals 4 Review date: an open goal's next review cannot be in the past",
                "Goals 5 Client reference: there is no client with the reference NO-SUCH-REF in the clients file or"
                        + " in Waymark",
                "Contacts 6 When: cannot be in the future",
                "Contacts 7 When: cannot be before the referral date 2025-07-01",
                "Contacts 8 Client reference: the client's row (row 7 of Clients) has problems"), problems);
        assertEquals(Map.of("clients", 5, "onWaitingList", 1, "stageMoves", 3, "jobs", 3, "employers", 2,
                "answers", 3, "goals", 2, "contacts", 4), checked.getMap("report.wouldCreate"));
        assertEquals(0, Database.column(dataSource, "select id from client where reference like ?", tag + "-%").size(),
                "the dry run saves no client");

        String failed = admin.request().accept("text/csv").queryParam("kind", "contacts").queryParam("format", "csv")
                .get("/api/v1/imports/{id}/failed-rows", checked.getString("id")).then().statusCode(200)
                .extract().asString();
        List<String> lines = failed.strip().lines().toList();
        assertEquals("\uFEFFClient reference,When,Channel,Minutes,Stage,Notes,Problems to fix", lines.get(0));
        assertEquals(4, lines.size(), failed);
        assertTrue(lines.get(1).startsWith(tag + "-1,2099-01-01,PHONE,5,,Future,When: cannot be in the future"),
                lines.get(1));

        admin.request().header("If-Match", checked.getString("version")).post("/api/v1/imports/{id}/confirmation",
                checked.getString("id")).then().statusCode(409).body("detail", containsString("Nothing was imported"));
        assertEquals(0, Database.column(dataSource, "select id from client where reference like ?", tag + "-%").size());
    }

    private String existingReference(String tag) {
        return Database.column(dataSource, "select reference from client where last_name = ?", "Existing" + tag).get(0);
    }

    // --- the import, the reports, the undo ---

    @Test
    void aConfirmedImportGivesTheReportsOfTheSameCohortTypedAndIsUndoneWhole() throws Exception {
        String tag = "C" + UUID.randomUUID().toString().substring(0, 6);
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(IMPORTS).withWorker("Wendy", 2).build();
        Cohort cohort = Cohort.of(tag, username(team.worker("Wendy").token()), team.name());

        JsonPath checked = upload(Map.of("workbook", filledTemplate(cohort)));
        assertEquals(List.of(), checked.getList("report.problems"));
        assertEquals(List.of("Clients 4 Worker: Wendy's caseload is full: the client goes on " + team.name()
                        + "'s waiting list", "Clients 6 Worker: a closed case is not given to a worker: it is kept with "
                        + team.name()),
                checked.getList("report.warnings", Map.class).stream()
                        .map(p -> p.get("file") + " " + p.get("row") + " " + p.get("column") + ": " + p.get("message"))
                        .toList());
        JsonPath imported = admin.request().header("If-Match", checked.getString("version"))
                .post("/api/v1/imports/{id}/confirmation", checked.getString("id")).then().statusCode(200)
                .body("status", equalTo("IMPORTED")).extract().jsonPath();

        Api lead = team.lead();
        List<String> waiting = lead.request().get("/api/v1/teams/{id}/waiting-list", team.id()).then().statusCode(200)
                .extract().jsonPath().getList("reference");
        assertTrue(waiting.containsAll(List.of(tag + "-3", tag + "-4")), "over the limit and unplaced: " + waiting);
        String brodie = clientId(tag + "-2");
        lead.request().get("/api/v1/clients/{id}", brodie).then().statusCode(200)
                .body("currentStage", equalTo("IN_WORK_SUPPORT")).body("stageEnteredOn", equalTo("2025-09-01"))
                .body("status", equalTo("ACTIVE"));
        String ailsa = clientId(tag + "-1");
        assertEquals(List.of("Talked about jobs|PHONE|15|JOB_MATCHING", "First meeting|FACE_TO_FACE|60|JOB_MATCHING"),
                Database.column(dataSource, "select notes || '|' || channel || '|' || duration_minutes || '|' || stage"
                        + " from contact where client_id = ?::uuid order by happened_at desc", ailsa));
        assertEquals(2, Database.column(dataSource, "select a.id from audit_event a join contact k on a.entity_id ="
                + " k.id::text where a.entity = 'Contact' and a.action = 'CREATE' and k.client_id = ?::uuid", ailsa)
                .size(), "each imported contact is in the audit trail");
        lead.request().get("/api/v1/clients/{id}", clientId(tag + "-5")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2025-11-30"));

        TeamBuilder.BuiltTeam typedTeam = TeamBuilder.aTeamIn(TYPED).withWorker("Wendy", 2).build();
        typeThroughTheApi(Cohort.of(tag, null, typedTeam.name()), typedTeam);
        for (String quarter : List.of("2025-Q3", "2025-Q4")) {
            assertEquals(figures(lead, quarter), figures(typedTeam.lead(), quarter), "the reports of " + quarter);
        }
        assertEquals(quarterlyReturn(lead), quarterlyReturn(typedTeam.lead()));

        admin.request().header("If-Match", imported.getString("version"))
                .post("/api/v1/imports/{id}/undo", imported.getString("id")).then().statusCode(200)
                .body("status", equalTo("UNDONE"));
        for (String table : List.of("client", "contact", "job_outcome", "stage_move", "assignment", "follow_up",
                "outcome_hours", "employer", "action_goal")) {
            assertEquals(List.of(), Database.column(dataSource, "select id::text from " + table + " where import_id = ?::uuid",
                    imported.getString("id")), table);
        }
        assertEquals(0, Database.column(dataSource, "select id from client where organisation_code = ? and reference"
                + " like ?", IMPORTS, tag + "-%").size());
        assertTrue(Database.column(dataSource, "select entity from audit_event where action = 'DELETE' and changes"
                + " like ?", "%" + imported.getString("id") + "%").containsAll(List.of("Client", "Contact",
                "JobOutcome", "StageMove", "FollowUp", "Employer", "ActionGoal")), "each removal is in the audit trail");
        assertEquals(0, JsonPath.from(figures(lead, "2025-Q3")).getInt("total.peopleSupported"));
    }

    @Test
    void anImportWithSomethingRecordedOnTopIsNotUndone() throws Exception {
        String tag = "U" + UUID.randomUUID().toString().substring(0, 6);
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(IMPORTS).withWorker("Wendy", null).build();
        Cohort cohort = Cohort.of(tag, username(team.worker("Wendy").token()), team.name());
        JsonPath checked = upload(Map.of("clients", csv(ImportKind.CLIENTS, cohort.clients().subList(0, 1))))
                ;
        JsonPath imported = admin.request().header("If-Match", checked.getString("version"))
                .post("/api/v1/imports/{id}/confirmation", checked.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        Api.as(team.worker("Wendy").token()).request().body(Map.of("channel", "PHONE", "durationMinutes", 10,
                "notes", "A call after the import")).post("/api/v1/clients/{id}/contacts", clientId(tag + "-1"))
                .then().statusCode(201);
        admin.request().header("If-Match", imported.getString("version"))
                .post("/api/v1/imports/{id}/undo", imported.getString("id")).then().statusCode(409)
                .body("detail", containsString("can no longer be undone"));
        assertEquals(1, Database.column(dataSource, "select id from client where reference = ?", tag + "-1").size());
    }

    @Test
    void twentyConfirmationsAtOnceImportTheBatchOnce() throws Exception {
        String tag = "P" + UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, String>> withoutJobs = Cohort.of(tag, "", "").clients().stream()
                .filter(c -> !c.get("Stage").equals("In-work support")).toList();
        JsonPath checked = upload(Map.of("clients", csv(ImportKind.CLIENTS, withoutJobs)));
        assertEquals(List.of(), checked.getList("report.problems"));
        List<Integer> answers = io.waymark.support.AtOnce.send(io.waymark.support.AtOnce.TWENTY, i -> admin.request()
                .header("If-Match", checked.getString("version"))
                .post("/api/v1/imports/{id}/confirmation", checked.getString("id")).statusCode());
        assertEquals(1, answers.stream().filter(s -> s == 200).count(), answers.toString());
        assertEquals(19, answers.stream().filter(s -> s == 409).count(), answers.toString());
        assertEquals(4, Database.column(dataSource, "select id from client where organisation_code = ? and reference"
                + " like ?", IMPORTS, tag + "-%").size());
    }

    /** While an import runs, its page's progress bar (the fragment the page asks for every second) counts rows saved. */
    @Test
    void theProgressBarCountsTheRowsSavedWhileTheImportRuns() throws Exception {
        String tag = "B" + UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, String>> clients = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            clients.add(row("Reference", tag + "-" + i, "First name", "Bar", "Last name", tag + "Row" + i,
                    "Date of birth", java.time.LocalDate.parse("1960-01-01").plusDays(i * 7L).toString(),
                    "Gender", "WOMAN", "Local authority", "Highland", "Programme", "IPS", "Referred by", "OTHER",
                    "Referred on", "2025-07-01", "Agreed to take part on", "2025-07-01",
                    "Other support a week", "UNDER_7_HOURS", "Stage", "VOCATIONAL_PROFILING",
                    "In stage since", "2025-07-15"));
        }
        JsonPath checked = upload(Map.of("clients", csv(ImportKind.CLIENTS, clients)));
        assertEquals(List.of(), checked.getList("report.problems"));
        String id = checked.getString("id");
        java.util.concurrent.ExecutorService confirming = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Integer> confirmed = confirming.submit(() -> admin.request()
                    .header("If-Match", checked.getString("version"))
                    .post("/api/v1/imports/{id}/confirmation", id).statusCode());
            String midway = null;
            while (midway == null && !confirmed.isDone()) {
                JsonPath done = admin.request().get("/api/v1/imports/{id}/progress", id).then().statusCode(200)
                        .extract().jsonPath();
                if (done.getBoolean("running") && done.getInt("rows") > 0 && done.getInt("rows") < done.getInt("of")) {
                    midway = given().auth().oauth2(Tokens.admin(IMPORTS)).accept("text/html")
                            .get("/app/imports/{id}/progress", id).then().statusCode(200).extract().asString();
                }
            }
            assertEquals(200, confirmed.get());
            assertTrue(midway != null && midway.contains("<progress id=\"import-bar\" max=\"300\" value=\"")
                    && midway.contains("of 300 rows saved"), "a bar part-way through the 300 rows: " + midway);
        } finally {
            confirming.shutdownNow();
        }
        admin.request().get("/api/v1/imports/{id}/progress", id).then().statusCode(200)
                .body("running", equalTo(false));
    }

    @Test
    void anotherOrganisationSeesNoImport() throws Exception {
        String tag = "O" + UUID.randomUUID().toString().substring(0, 6);
        Cohort cohort = Cohort.of(tag, "", "");
        String id = upload(Map.of("clients", csv(ImportKind.CLIENTS, cohort.clients().subList(3, 4))))
                .getString("id");
        Api other = Api.as(Tokens.admin(TYPED));
        other.request().get("/api/v1/imports/{id}", id).then().statusCode(404);
        other.request().header("If-Match", "0").post("/api/v1/imports/{id}/confirmation", id).then().statusCode(404);
        assertTrue(!other.request().get("/api/v1/imports").then().statusCode(200).extract().asString().contains(id));
    }

    // --- helpers ---

    /** Uploads the first file (a workbook, or a kind's CSV file), adds the others, and answers the batch. */
    private JsonPath upload(Map<String, byte[]> files) {
        JsonPath batch = null;
        for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
            boolean workbook = file.getKey().equals("workbook");
            var request = admin.request().contentType(workbook ? XLSX : "text/csv").body(file.getValue());
            batch = batch == null
                    ? (workbook ? request : request.queryParam("kind", file.getKey())).post("/api/v1/imports")
                            .then().log().ifValidationFails().statusCode(201).extract().jsonPath()
                    : request.header("If-Match", batch.getString("version"))
                            .put("/api/v1/imports/{id}/files/{kind}", batch.getString("id"), file.getKey())
                            .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        }
        return batch;
    }

    private XSSFWorkbook template() throws Exception {
        byte[] file = admin.request().accept(XLSX).queryParam("format", "xlsx").get("/api/v1/imports/template")
                .then().statusCode(200).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    /** The downloaded template with the cohort written into its sheets. */
    private byte[] filledTemplate(Cohort cohort) throws Exception {
        try (XSSFWorkbook workbook = template(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.getSheet("Employers"), cohort.employers());
            fill(workbook.getSheet("Clients"), cohort.clients());
            fill(workbook.getSheet("Stage moves"), cohort.moves());
            fill(workbook.getSheet("Jobs"), cohort.jobs());
            fill(workbook.getSheet("Sustainment checks"), cohort.answers());
            fill(workbook.getSheet("Goals"), cohort.goals());
            fill(workbook.getSheet("Contacts"), cohort.contacts());
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, List<Map<String, String>> rows) {
        Row headings = sheet.getRow(0);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < headings.getLastCellNum(); c++) {
                String value = rows.get(r).get(headings.getCell(c).getStringCellValue());
                if (value != null && !value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                }
            }
        }
    }

    static byte[] csv(ImportKind kind, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(kind.fields.stream().map(ImportField::heading).collect(Collectors.joining(","))).append("\r\n");
        for (Map<String, String> row : rows) {
            csv.append(kind.fields.stream().map(f -> quoted(row.getOrDefault(f.heading(), "")))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String username(String token) {
        return Api.as(token).request().get("/api/v1/me").then().statusCode(200).extract().path("username");
    }

    private String clientId(String reference) {
        return Database.column(dataSource, "select id::text from client where organisation_code = ? and reference = ?",
                IMPORTS, reference).get(0);
    }

    /** The outcome report's figures, without what names the organisation. */
    private static String figures(Api lead, String quarter) {
        return lead.request().queryParam("quarter", quarter).get("/api/v1/reports/outcomes").then().statusCode(200)
                .extract().asString().replaceAll("East (Imports|Typed) Employment", "")
                .replaceAll("east-(imports|typed)", "");
    }

    private static List<String> quarterlyReturn(Api lead) {
        return lead.request().accept("text/csv").queryParam("quarter", "2025-Q3")
                .get("/api/v1/reports/quarterly-return").then().statusCode(200).extract().asString().lines()
                .map(line -> line.replaceAll("East (Imports|Typed) Employment", "").replaceAll("east-(imports|typed)", ""))
                .toList();
    }

    /** A date as the API takes it, from a file's 2025-07-03 or 03/07/2025. */
    private static String isoDate(String date) {
        return date.contains("/") ? java.time.LocalDate.parse(date,
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")).toString() : date;
    }

    /** The same cohort, typed by the team's worker and lead through the API, as a service without an import would. */
    private static void typeThroughTheApi(Cohort cohort, TeamBuilder.BuiltTeam team) {
        Api worker = Api.as(team.worker("Wendy").token());
        Api lead = team.lead();
        Map<String, String> ids = new HashMap<>();
        Map<String, String> employers = new HashMap<>();
        for (Map<String, String> e : cohort.employers()) {
            employers.put(e.get("Employer"), worker.request().body(Map.of("name", e.get("Employer"), "sector",
                    e.get("Sector"), "sizeBand", e.get("Size").toUpperCase(), "disabilityConfident",
                    e.get("Disability Confident"), "localAuthority", e.get("Local authority"))).post("/api/v1/employers")
                    .then().statusCode(201).extract().path("id"));
        }
        for (Map<String, String> c : cohort.clients()) {
            Map<String, Object> body = new HashMap<>();
            body.put("reference", c.get("Reference"));
            body.put("firstName", c.get("First name"));
            body.put("lastName", c.get("Last name"));
            body.put("dateOfBirth", c.get("Date of birth"));
            body.put("gender", c.get("Gender").toUpperCase());
            body.put("localAuthority", "Highland");
            body.put("programme", "NO_ONE_LEFT_BEHIND");
            body.put("referralSource", "JOBCENTRE_PLUS");
            body.put("referralDate", c.get("Referred on"));
            if (!c.get("Agreed to take part on").isEmpty()) {
                body.put("consentDate", isoDate(c.get("Agreed to take part on")));
            }
            body.put("clientGroups", List.of("MENTAL_HEALTH_PROBLEM", "AUTISM"));
            body.put("supportLevel", "UNDER_7_HOURS");
            String id = worker.request().body(body).post("/api/v1/clients").then().statusCode(201).extract().path("id");
            ids.put(c.get("Reference"), id);
            String stage = c.get("Stage").isEmpty() ? null : c.get("Stage").toUpperCase().replace('-', '_').replace(' ', '_');
            for (Map<String, String> m : cohort.moves()) {
                String to = m.get("Moved to").toUpperCase().replace(' ', '_');
                if (m.get("Client reference").equals(c.get("Reference")) && !to.equals(stage)) {
                    worker.request().body(Map.of("toStage", to, "movedOn", isoDate(m.get("Moved on")),
                            "reason", m.getOrDefault("Reason", "Stage when imported")))
                            .post("/api/v1/clients/{id}/stage-moves", id).then().statusCode(201);
                }
            }
            if (stage != null && !stage.equals("IN_WORK_SUPPORT")) {
                worker.request().body(Map.of("toStage", stage, "movedOn", c.get("In stage since"),
                        "reason", "Stage when imported")).post("/api/v1/clients/{id}/stage-moves", id)
                        .then().statusCode(201);
            }
        }
        Map<String, String> jobs = new HashMap<>();
        for (Map<String, String> j : cohort.jobs()) {
            String clientId = ids.get(j.get("Client reference"));
            Map<String, Object> body = new HashMap<>();
            String type = j.get("Outcome").toUpperCase().replace('-', '_');
            body.put("type", type);
            if (j.containsKey("Employer")) {
                body.put("employerId", employers.computeIfAbsent(j.get("Employer"), name -> worker.request()
                        .body(Map.of("name", name, "sector", j.get("Sector"))).post("/api/v1/employers").then()
                        .statusCode(201).extract().path("id")));
                body.put("contractType", j.get("Contract"));
                body.put("hourlyPay", j.get("Hourly pay").replace("£", ""));
            }
            body.put("jobTitle", j.get("Job title"));
            body.put("sector", j.get("Sector"));
            body.put("startDate", j.get("Started on"));
            body.put("hoursPerWeek", j.get("Hours a week"));
            String outcome = worker.request().body(body).post("/api/v1/clients/{id}/outcomes", clientId).then()
                    .statusCode(201).extract().path("id");
            jobs.put(j.get("Client reference") + "/" + j.get("Started on"), outcome);
            if (j.containsKey("Ended on")) {
                worker.request().body(Map.of("endDate", j.get("Ended on"), "reason", j.get("End reason")))
                        .post("/api/v1/clients/{id}/outcomes/{o}/end", clientId, outcome).then().statusCode(200);
            }
        }
        for (Map<String, String> c : cohort.clients()) {
            if ("In-work support".equals(c.get("Stage"))) {
                worker.request().body(Map.of("toStage", "IN_WORK_SUPPORT", "movedOn", c.get("In stage since"),
                        "reason", "Stage when imported")).post("/api/v1/clients/{id}/stage-moves",
                        ids.get(c.get("Reference"))).then().statusCode(201);
            }
        }
        for (Map<String, String> a : cohort.answers()) {
            String clientId = ids.get(a.get("Client reference"));
            String outcome = jobs.get(a.get("Client reference") + "/" + isoDate(a.get("Job started on")));
            List<Map<String, Object>> checks = worker.request().get("/api/v1/clients/{id}/outcomes/{o}", clientId, outcome)
                    .then().statusCode(200).extract().jsonPath().getList("followUps");
            Object check = checks.stream().filter(f -> f.get("label").toString().equalsIgnoreCase(a.get("Check")))
                    .findFirst().orElseThrow().get("id");
            worker.request().body(Map.of("answer", a.get("Answer").toUpperCase().replace(' ', '_'), "checkedOn",
                    a.get("Checked on"), "hoursPerWeek", a.get("Hours a week"), "verifiedBy", a.get("Verified by")))
                    .post("/api/v1/clients/{id}/outcomes/{o}/follow-ups/{f}/answer", clientId, outcome, check).then()
                    .statusCode(200);
        }
        for (Map<String, String> g : cohort.goals()) {
            Map<String, Object> body = new HashMap<>();
            body.put("goal", g.get("Goal"));
            body.put("objectives", g.get("Objectives"));
            body.put("targetDate", g.get("Target date"));
            body.put("reviewDate", g.get("Review date"));
            body.put("status", g.get("Status"));
            worker.request().body(body).post("/api/v1/clients/{id}/action-plan", ids.get(g.get("Client reference")))
                    .then().statusCode(201);
        }
        for (Map<String, String> k : cohort.contacts()) {
            Map<String, Object> body = new HashMap<>();
            String when = k.get("When");
            java.time.LocalDateTime at = when.contains("/")
                    ? java.time.LocalDateTime.parse(when, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                    : when.length() == 10 ? java.time.LocalDate.parse(when).atTime(12, 0)
                    : java.time.LocalDateTime.parse(when.replace(' ', 'T'));
            body.put("happenedAt", at.atZone(java.time.ZoneId.of("Europe/London")).toOffsetDateTime().toString());
            body.put("channel", k.get("Channel").toUpperCase());
            body.put("durationMinutes", Integer.parseInt(k.get("Minutes")));
            body.put("notes", k.get("Notes"));
            if (k.containsKey("Stage")) {
                body.put("stage", k.get("Stage"));
            }
            worker.request().body(body).post("/api/v1/clients/{id}/contacts", ids.get(k.get("Client reference")))
                    .then().statusCode(201);
        }
        for (Map<String, String> c : cohort.clients()) {
            if (!c.get("Closed on").isEmpty()) {
                worker.request().body(Map.of("reason", c.get("Closure reason"), "closedOn", c.get("Closed on")))
                        .post("/api/v1/clients/{id}/closure", ids.get(c.get("Reference"))).then().statusCode(200);
            }
        }
        lead.request().get("/api/v1/me").then().statusCode(200);
    }
}
