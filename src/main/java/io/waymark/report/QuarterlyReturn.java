package io.waymark.report;

import io.waymark.common.CsvDownload;
import io.waymark.common.Spreadsheet;
import io.waymark.progression.ProgressionKind;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quarterly return as CSV, or the same rows and columns as an Excel workbook: one row for the whole service, then
 * one per client group, support level, age band, gender and local authority, with the columns of the NDTi full data
 * set; the waits from referral on the whole service's row, then a row per referral source with its waits alone. Column names are stable and documented in docs/measures.md; a new column is only ever added at the end.
 */
final class QuarterlyReturn {

    /**
     * One row of the return: a group of the people supported ({@code cohort}), with the waits from referral on the
     * whole service's row; or one referral source's waits alone ({@code cohort} null), at the end.
     */
    private record Row(String breakdown, String category, Cohort cohort, OutcomeReport.Wait waits) {
    }

    /** One column of the return: its name, and its value in a row (text, a date, a figure, or null for none). */
    private record Column(String name, BiFunction<OutcomeReport, Row, Object> value) {

        static Column of(String name, Function<Cohort, Figure> figure) {
            return new Column(name, (report, row) -> row.cohort() == null ? null : figure.apply(row.cohort()));
        }

        /** A cost: entered for the whole service, so shown on its row only. */
        static Column cost(String name, Function<CostEffectiveness, Figure> figure) {
            return new Column(name, (report, row) -> row.cohort() == report.total() ? figure.apply(report.cost()) : null);
        }

        /** Progressions besides paid work: of the whole service, so on its row only. */
        static Column progressions(String name, Function<OutcomeReport.Progressions, Figure> figure) {
            return new Column(name, (report, row) -> row.cohort() == report.total()
                    ? figure.apply(report.progressions()) : null);
        }

        /** The people who made one kind of progression: "progression_volunteering". */
        static Column progression(ProgressionKind kind) {
            String code = OutcomeMeasures.code(kind);
            return progressions("progression_" + code, p -> p.byKind().stream()
                    .filter(portion -> portion.category().equals(code)).findFirst().orElseThrow().count());
        }

        /** Distance travelled: of the whole service, so on its row only. */
        static Column distance(String name, Function<OutcomeReport.DistanceTravelled, Figure> figure) {
            return new Column(name, (report, row) -> row.cohort() == report.total()
                    ? figure.apply(report.distanceTravelled()) : null);
        }

        /** The average change in one area: "average_change_confidence". */
        static Column area(String code) {
            return distance("average_change_" + code, d -> d.areas().stream().filter(a -> a.area().equals(code))
                    .findFirst().orElseThrow().averageChange());
        }

        static Column waits(String name, Function<OutcomeReport.Wait, Figure> figure) {
            return new Column(name, (report, row) -> row.waits() == null ? null : figure.apply(row.waits()));
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("service_code", (report, cohort) -> report.serviceCode()),
            new Column("service_name", (report, cohort) -> report.serviceName()),
            new Column("quarter", (report, cohort) -> report.period()),
            new Column("period_start", (report, cohort) -> report.from()),
            new Column("period_end", (report, cohort) -> report.to()),
            new Column("breakdown", (report, row) -> row.breakdown()),
            new Column("category", (report, row) -> row.category()),
            Column.of("people_supported", Cohort::peopleSupported),
            Column.of("share_of_people_supported", Cohort::shareOfPeopleSupported),
            Column.of("people_with_job_outcome", Cohort::peopleWithJobOutcome),
            Column.of("share_of_people_with_job_outcome", Cohort::shareOfPeopleWithJobOutcome),
            Column.of("job_outcome_rate", Cohort::jobOutcomeRate),
            Column.of("gained_job", Cohort::gained),
            Column.of("gained_job_share", Cohort::gainedShare),
            Column.of("retained_job", Cohort::retained),
            Column.of("retained_job_share", Cohort::retainedShare),
            Column.of("self_employed", Cohort::selfEmployed),
            Column.of("self_employed_share", Cohort::selfEmployedShare),
            Column.of("job_16_hours_or_more", Cohort::sixteenHoursOrMore),
            Column.of("job_16_hours_or_more_share", Cohort::sixteenHoursOrMoreShare),
            Column.of("support_under_7_hours", Cohort::supportUnder7Hours),
            Column.of("support_under_7_hours_share", Cohort::supportUnder7HoursShare),
            Column.of("support_7_to_40_hours", Cohort::support7To40Hours),
            Column.of("support_7_to_40_hours_share", Cohort::support7To40HoursShare),
            Column.of("support_over_40_hours", Cohort::supportOver40Hours),
            Column.of("support_over_40_hours_share", Cohort::supportOver40HoursShare),
            Column.of("support_level_index", Cohort::supportLevelIndex),
            Column.of("job_outcome_support_level_index", Cohort::jobOutcomeSupportLevelIndex),
            Column.cost("total_cost", CostEffectiveness::totalCost),
            Column.cost("cost_per_person_supported", CostEffectiveness::costPerPersonSupported),
            Column.cost("cost_per_job_outcome", CostEffectiveness::costPerJobOutcome),
            Column.waits("people_referred", OutcomeReport.Wait::referred),
            Column.waits("accepted_from_referral_form", OutcomeReport.Wait::accepted),
            Column.waits("median_days_referral_to_acceptance", OutcomeReport.Wait::medianDaysToAcceptance),
            Column.waits("people_with_first_contact", OutcomeReport.Wait::contacted),
            Column.waits("median_days_referral_to_first_contact", OutcomeReport.Wait::medianDaysToFirstContact),
            Column.progressions("people_with_progression", OutcomeReport.Progressions::people),
            Column.progression(ProgressionKind.VOLUNTEERING),
            Column.progression(ProgressionKind.WORK_EXPERIENCE),
            Column.progression(ProgressionKind.WORK_TRIAL),
            Column.progression(ProgressionKind.EDUCATION_OR_TRAINING_STARTED),
            Column.progression(ProgressionKind.EDUCATION_OR_TRAINING_COMPLETED),
            Column.progression(ProgressionKind.QUALIFICATION_GAINED),
            Column.distance("people_reassessed", OutcomeReport.DistanceTravelled::peopleReassessed),
            Column.area("confidence"), Column.area("job_search"), Column.area("health_at_work"),
            Column.area("travel"));

    static final List<String> HEADER = COLUMNS.stream().map(Column::name).toList();

    private QuarterlyReturn() {
    }

    /** The cohorts in the report's order, the whole service's with its waits; then each referral source's waits. */
    private static List<Row> rows(OutcomeReport report) {
        List<Row> rows = new ArrayList<>();
        for (Cohort cohort : report.cohorts()) {
            rows.add(new Row(cohort.breakdown(), cohort.category(), cohort,
                    cohort == report.total() ? report.referralWaits().all() : null));
        }
        for (OutcomeReport.Wait source : report.referralWaits().bySource()) {
            rows.add(new Row("referral_source", source.source(), null, source));
        }
        return rows;
    }

    static String csv(OutcomeReport report) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Row row : rows(report)) {
            out.append(COLUMNS.stream().map(c -> cell(text(c.value().apply(report, row))))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /**
     * The return as a file to save: the CSV as it always was, or the same rows and columns as an Excel workbook, where
     * a figure shown is a number, a hidden one its words ("<5", "suppressed"), and the dates are dates.
     */
    static Response download(OutcomeReport report, String format, String name) {
        Spreadsheet.Format as = format == null || format.isBlank() ? Spreadsheet.Format.CSV
                : Spreadsheet.Format.of("format", format);
        if (as == Spreadsheet.Format.CSV) {
            return CsvDownload.of(csv(report), name + "." + as.extension).toResponse();
        }
        return Spreadsheet.download(as, name, COLUMNS.stream().map(c -> new Spreadsheet.Column<Row>(c.name(),
                row -> workbookCell(c.value().apply(report, row)))).toList(), rows(report));
    }

    /** A value as the CSV shows it: a figure as shown (empty where nothing is counted), a date as 2025-07-01. */
    private static String text(Object value) {
        return value == null ? "" : value instanceof Figure figure ? shown(figure) : value.toString();
    }

    /** A value as a workbook's cell: a figure's number, or the words of a hidden one; empty where nothing is counted. */
    private static Object workbookCell(Object value) {
        if (value instanceof Figure figure) {
            return !figure.isApplicable() ? null : figure.value() != null ? figure.value() : figure.shown();
        }
        return value;
    }

    /** Empty where there is nothing to count; otherwise the value, "<5" or "suppressed". */
    private static String shown(Figure figure) {
        return figure.isApplicable() ? figure.shown() : "";
    }

    /** RFC 4180 quoting, and text a spreadsheet would run as a formula written as text (as every download is). */
    private static String cell(String value) {
        String safe = Spreadsheet.csvCell(value);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
