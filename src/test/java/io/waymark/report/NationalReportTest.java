package io.waymark.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.waymark.lists.Programme;
import io.waymark.security.Roles;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The national report of No One Left Behind ({@link NationalCohort}): the sum of the providers sharing it, each
 * provider's part its own report of the programme, nothing of a provider that does not share or of another programme,
 * and, for the national commissioner, nothing small that can be worked out.
 */
@QuarkusTest
class NationalReportTest {

    private static final List<String> COHORT_COUNTS = List.of("peopleSupported", "peopleWithJobOutcome", "gained",
            "retained", "selfEmployed", "sixteenHoursOrMore", "supportUnder7Hours", "support7To40Hours",
            "supportOver40Hours");

    private final Api nationalLead = Api.as(Tokens.nationalCommissioner(NationalCohort.PROGRAMME));

    @Inject
    ReportService reports;

    @Inject
    ReportFacts facts;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cohorts() {
        NationalCohort.once();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"})
    void everyCountIsTheSumOfTheProvidersOwnReportsOfTheProgramme(String quarter) {
        JsonNode national = fullNational(quarter);
        List<String> providers = new ArrayList<>();
        national.path("byProvider").forEach(p -> providers.add(p.path("category").asText()));
        assertTrue(providers.containsAll(List.of(Tokens.REPORTS, Tokens.NATIONAL)), providers.toString());
        assertFalse(providers.contains(Tokens.NORTH), "NORTH does not share the programme");

        Map<String, Long> sum = new TreeMap<>();
        for (JsonNode provider : national.path("byProvider")) {
            JsonNode own = ownReport(provider.path("category").asText(), quarter);
            for (String count : COHORT_COUNTS) {
                assertEquals(own.path("total").path(count).asLong(), provider.path(count).asLong(),
                        provider.path("label").asText() + " " + count + " in " + quarter);
            }
            additive(own).forEach((name, n) -> sum.merge(name, n, Long::sum));
        }
        sum.values().removeIf(n -> n == 0);
        Map<String, Long> nationally = additive(national);
        nationally.values().removeIf(n -> n == 0);
        assertEquals(sum, nationally, quarter);
        assertTrue(nationally.getOrDefault("total.peopleSupported", 0L) > 0 || quarter.equals("2025-Q4")
                || quarter.equals("2025-Q1"), "the cohort has people supported in " + quarter);
    }

    @Test
    void theHandWorkedQuarterAddsUpToTheNumbersWorkedByHand() {
        JsonNode national = fullNational("2025-Q3");
        // REPORTS: Ailsa, Brodie, Duncan, Euan; NATIONAL: Morag, Niall, Orla, Pawel, Rhea, Sean and twenty in Highland.
        assertEquals(30, national.path("total").path("peopleSupported").asLong());
        // Ailsa (gained), Duncan (self-employed); Morag (gained), Niall (self-employed), Pawel (gained); ten in Highland.
        assertEquals(15, national.path("total").path("peopleWithJobOutcome").asLong());
        assertEquals(13, national.path("total").path("gained").asLong());
        assertEquals(2, national.path("total").path("selfEmployed").asLong());
        Map<String, Long> areas = new TreeMap<>();
        national.path("byLocalAuthority").forEach(a -> areas.put(a.path("label").asText(), a.path("peopleSupported").asLong()));
        assertEquals(Map.of("City of Edinburgh", 2L, "Fife", 2L, "Glasgow City", 6L, "Highland", 20L), areas);
    }

    /**
     * The national lead's report runs under their database scope (row-level security for the programme); every
     * figure it shows is the true one. The cohort is small, so most are hidden, as for any commissioner; the scope
     * itself is checked row by row in the test below.
     */
    @Test
    void theNationalLeadSeesTheSameFiguresWhereTheyAreShown() {
        JsonNode full = fullNational("2025-Q3");
        JsonNode shown = read(nationalLead.request().queryParam("quarter", "2025-Q3").get("/api/v1/national/outcomes")
                .then().statusCode(200).extract().asString());
        List<String> differences = new ArrayList<>();
        int compared = compare("", shown, full, differences);
        assertEquals(List.of(), differences);
        assertTrue(compared > 20, "figures shown as a number or <5: " + compared);
        assertEquals("No One Left Behind, every provider sharing its figures", shown.path("serviceName").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"})
    void noHiddenCountCanBeWorkedOutBySubtraction(String quarter) {
        String report = nationalLead.request().queryParam("quarter", quarter).get("/api/v1/national/outcomes")
                .then().statusCode(200).extract().asString();
        SubtractionAttack reader = new SubtractionAttack();
        reader.read(report);
        assertEquals(List.of(), reader.pinned(), quarter + ": hidden counts worked out by subtraction");
        assertTrue(reader.hiddenCounts() > 0, "the providers are small: some counts must be hidden");
    }

    @Test
    void aProviderThatStopsSharingLeavesTheReport() {
        NationalCohort.share(Tokens.RECORDS);
        assertTrue(providerCodes().contains(Tokens.RECORDS));
        Api.as(Tokens.admin(Tokens.RECORDS)).request().delete("/api/v1/national-sharing/{p}", NationalCohort.PROGRAMME)
                .then().statusCode(204);
        assertFalse(providerCodes().contains(Tokens.RECORDS));
        Api.as(Tokens.admin(Tokens.RECORDS)).request().delete("/api/v1/national-sharing/{p}", NationalCohort.PROGRAMME)
                .then().statusCode(404);
    }

    /**
     * A programme at national scale is read one provider at a time, in one snapshot, so that a report holds one
     * provider's clients in memory rather than the programme's (docs/performance.md): no programme is too large.
     */
    @Test
    void theProgrammeIsReadOneProviderAtATime() {
        ReportPeriod quarter = ReportPeriod.parseQuarter("quarter", "2025-Q3");
        List<Set<String>> batches = new ArrayList<>();
        Map<String, String> providers = facts.read(ReportFacts.Scope.programme(Programme.NO_ONE_LEFT_BEHIND),
                quarter.from(), quarter.to(), clients -> batches.add(clients.stream()
                        .map(ClientFacts::organisationCode).collect(Collectors.toSet())));
        assertEquals(providers.size(), batches.size(), "one batch for each provider sharing the programme");
        List<String> read = new ArrayList<>();
        batches.forEach(batch -> {
            assertTrue(batch.size() <= 1, "a batch holds one provider's clients: " + batch);
            read.addAll(batch);
        });
        assertEquals(read.size(), Set.copyOf(read).size(), "each provider read once: " + read);
        assertTrue(providers.keySet().containsAll(read), "only providers sharing the programme: " + read);
        assertTrue(read.containsAll(List.of(Tokens.REPORTS, Tokens.NATIONAL)), "both cohorts' providers read: " + read);
    }

    @Test
    void onlyANationalCommissionerReadsTheNationalReport() {
        for (String token : List.of(Tokens.worker(Tokens.REPORTS), Tokens.admin(Tokens.REPORTS),
                Tokens.commissioner(HandWorkedCohort.FUNDER),
                workerClaimingTheProgramme())) {
            Api.as(token).request().queryParam("quarter", "2025-Q3").get("/api/v1/national/outcomes")
                    .then().statusCode(403);
        }
        nationalLead.request().queryParam("quarter", "2025-Q3").get("/api/v1/reports/outcomes").then().statusCode(403);
        nationalLead.request().get("/api/v1/funded-services").then().statusCode(403);
        nationalLead.request().get("/api/v1/clients").then().statusCode(403);
        Api.as(Tokens.nationalCommissioner("NOT_A_PROGRAMME")).request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/national/outcomes").then().statusCode(403);
    }

    @Test
    void theNationalLeadReadsWholeQuartersOnly() {
        nationalLead.request().queryParam("quarter", "2025-Q5").get("/api/v1/national/outcomes").then().statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
        nationalLead.request().get("/api/v1/national/outcomes").then().statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
    }

    @Test
    void aProgrammeNobodySharesHasNoProviders() {
        JsonNode report = read(Api.as(Tokens.nationalCommissioner(Programme.OTHER.name())).request()
                .queryParam("quarter", "2025-Q3").get("/api/v1/national/outcomes").then().statusCode(200)
                .extract().asString());
        assertEquals(0, report.path("total").path("peopleSupported").asLong());
        assertTrue(report.path("byProvider").isMissingNode() || report.path("byProvider").isEmpty());
    }

    @Test
    void theQuarterlyReturnHasARowForEachProvider() {
        String csv = nationalLead.request().accept("text/csv").queryParam("quarter", "2025-Q3")
                .get("/api/v1/national/quarterly-return").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "waymark-quarterly-return-national-no-one-left-behind-2025-Q3.csv"))
                .extract().asString();
        assertTrue(csv.contains("provider," + Tokens.NATIONAL), csv);
        assertTrue(csv.contains("provider," + Tokens.REPORTS), csv);
    }

    @Test
    void sharingNamesAProgrammeAndIsAnAdministratorsChoice() {
        Api.as(Tokens.admin(Tokens.NATIONAL)).request().put("/api/v1/national-sharing/{p}", "NOT_A_PROGRAMME")
                .then().statusCode(400).body("errors[0].field", equalTo("programme"));
        Api.as(Tokens.teamLead(Tokens.NATIONAL)).request().put("/api/v1/national-sharing/{p}", "IPS")
                .then().statusCode(403);
        Api.as(Tokens.admin(Tokens.NATIONAL)).request().get("/api/v1/national-sharing").then().statusCode(200)
                .body("", equalTo(List.of(NationalCohort.PROGRAMME)));
    }

    /** A programme claim on anyone but a national commissioner opens nothing. */
    private static String workerClaimingTheProgramme() {
        return Jwt.subject("worker-" + Tokens.NORTH).preferredUserName("worker-" + Tokens.NORTH)
                .claim("organisation", Tokens.NORTH).claim("programme", NationalCohort.PROGRAMME)
                .claim("realm_access", Map.of("roles", List.of(Roles.WORKER)))
                .issuer("https://server.example.com").audience("https://service.example.com").sign();
    }

    @Test
    void theDatabaseShowsTheNationalLeadOnlyTheProgrammeAtTheProvidersSharingIt() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            List<Long> expected = rowCounts(sql, "where c.programme = 'NO_ONE_LEFT_BEHIND' and c.organisation_code in"
                    + " (select s.organisation_code from programme_sharing s where s.programme = 'NO_ONE_LEFT_BEHIND')");
            assertTrue(expected.get(0) >= 10 && expected.get(2) >= 5, expected.toString());
            try {
                sql.execute("select set_config('role', 'waymark_app', false), set_config('waymark.organisation', '', false),"
                        + " set_config('waymark.funder', '', false),"
                        + " set_config('waymark.programme', 'NO_ONE_LEFT_BEHIND', false)");
                assertEquals(expected, rowCounts(sql, ""), "clients, stage moves, jobs, hours, checks, client groups");
                try (ResultSet others = sql.executeQuery("select (select count(*) from contact),"
                        + " (select count(*) from staff), (select count(*) from client where programme <> 'NO_ONE_LEFT_BEHIND')")) {
                    others.next();
                    assertEquals(List.of(0L, 0L, 0L), List.of(others.getLong(1), others.getLong(2), others.getLong(3)),
                            "contacts, staff and other programmes stay hidden");
                }
                assertEquals(0, sql.executeUpdate("update client set first_name = 'Changed'"), "nothing can be changed");
            } finally {
                sql.execute("select set_config('role', 'none', false), set_config('waymark.programme', '', false)");
            }
        }
    }

    private static List<Long> rowCounts(Statement sql, String clients) throws SQLException {
        try (ResultSet counts = sql.executeQuery(("select (select count(*) from client c %1$s),"
                + " (select count(*) from stage_move m join client c on c.id = m.client_id %1$s),"
                + " (select count(*) from job_outcome o join client c on c.id = o.client_id %1$s),"
                + " (select count(*) from outcome_hours h join job_outcome o on o.id = h.job_outcome_id"
                + "   join client c on c.id = o.client_id %1$s),"
                + " (select count(*) from follow_up f join job_outcome o on o.id = f.job_outcome_id"
                + "   join client c on c.id = o.client_id %1$s),"
                + " (select count(*) from client_group g join client c on c.id = g.client_id %1$s)").formatted(clients))) {
            counts.next();
            List<Long> found = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                found.add(counts.getLong(i));
            }
            return found;
        }
    }

    private List<String> providerCodes() {
        List<String> codes = new ArrayList<>();
        fullNational("2025-Q3").path("byProvider").forEach(p -> codes.add(p.path("category").asText()));
        return codes;
    }

    private JsonNode fullNational(String quarter) {
        return json.valueToTree(reports.national(Programme.NO_ONE_LEFT_BEHIND, ReportPeriod.parseQuarter("quarter", quarter),
                null, false));
    }

    private JsonNode ownReport(String provider, String quarter) {
        return read(Api.as(Tokens.teamLead(provider)).request().queryParam("quarter", quarter)
                .queryParam("programme", NationalCohort.PROGRAMME).get("/api/v1/reports/outcomes")
                .then().statusCode(200).extract().asString());
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every count of a report that adds up across providers, named by where it is and which group it is of. */
    private static Map<String, Long> additive(JsonNode report) {
        Map<String, Long> counts = new TreeMap<>();
        COHORT_COUNTS.forEach(c -> counts.put("total." + c, report.path("total").path(c).asLong()));
        for (String breakdown : List.of("byClientGroup", "bySupportLevel", "byAgeBand", "byGender", "byLocalAuthority")) {
            for (JsonNode group : report.path(breakdown)) {
                String at = breakdown + "[" + group.path("category").asText().toLowerCase() + "].";
                COHORT_COUNTS.forEach(c -> counts.put(at + c, group.path(c).asLong()));
            }
        }
        report.path("outcomeTypes").forEach(t -> counts.put("outcomeTypes[" + t.path("category").asText() + "]", t.path("count").asLong()));
        report.path("hours").path("bands").forEach(b -> counts.put("hours[" + b.path("category").asText() + "]", b.path("count").asLong()));
        counts.put("hours.sixteenOrMore", report.path("hours").path("sixteenOrMore").asLong());
        for (JsonNode point : report.path("sustainment")) {
            counts.put("sustainment[" + point.path("weeks").asText() + "].due", point.path("due").asLong());
            counts.put("sustainment[" + point.path("weeks").asText() + "].inWork", point.path("inWork").asLong());
        }
        for (JsonNode check : report.path("sustainmentAnswers")) {
            for (String answer : List.of("due", "inEmployment", "notInEmployment", "noEngagement", "unknown", "unanswered")) {
                counts.put("sustainmentAnswers[" + check.path("check").asText() + "]." + answer, check.path(answer).asLong());
            }
        }
        report.path("stageFunnel").forEach(s -> counts.put("stageFunnel[" + s.path("category").asText() + "]", s.path("count").asLong()));
        counts.put("disagreements", report.path("disagreements").path("count").asLong());
        counts.put("peopleStartingFirstJob", report.path("peopleStartingFirstJob").asLong());
        for (JsonNode quarter : report.path("trend")) {
            counts.put("trend[" + quarter.path("quarter").asText() + "].peopleSupported", quarter.path("peopleSupported").asLong());
            counts.put("trend[" + quarter.path("quarter").asText() + "].peopleWithJobOutcome",
                    quarter.path("peopleWithJobOutcome").asLong());
        }
        return counts;
    }

    /** Every number the national lead is shown must be the figure itself; "<5" must stand for 1 to 4. */
    private static int compare(String path, JsonNode shown, JsonNode full, List<String> differences) {
        if (shown.isNumber()) {
            if (!full.isNumber() || shown.decimalValue().compareTo(full.decimalValue()) != 0) {
                differences.add(path + ": shown " + shown + ", is " + full);
            }
            return 1;
        }
        if (shown.isTextual() && shown.asText().equals(Figure.SMALL_COUNT)) {
            if (!(full.isNumber() && full.asLong() >= 1 && full.asLong() <= 4)) {
                differences.add(path + ": shown <5, is " + full);
            }
            return 1;
        }
        int compared = 0;
        if (shown.isObject()) {
            for (var names = shown.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                compared += compare(path + "." + name, shown.path(name), full.path(name), differences);
            }
        } else if (shown.isArray()) {
            for (int i = 0; i < shown.size(); i++) {
                compared += compare(path + "[" + i + "]", shown.get(i), full.path(i), differences);
            }
        }
        return compared;
    }
}
