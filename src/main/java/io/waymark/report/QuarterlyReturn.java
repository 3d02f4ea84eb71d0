package io.waymark.report;

import io.waymark.common.CsvDownload;
import io.waymark.common.Spreadsheet;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quarterly return as CSV (or the same rows as an Excel workbook): one row for the whole service, then one per client group, support level, age band,
 * gender and local authority, with the columns of the NDTi full data set. Column names are stable and documented
 * in docs/measures.md; a new column is only ever added at the end.
 */
final class QuarterlyReturn {

    private record Column(String name, Function<Cohort, Figure> value) {
    }

    private static final List<Column> COHORT_COLUMNS = List.of(
            new Column("people_supported", Cohort::peopleSupported),
            new Column("share_of_people_supported", Cohort::shareOfPeopleSupported),
            new Column("people_with_job_outcome", Cohort::peopleWithJobOutcome),
            new Column("share_of_people_with_job_outcome", Cohort::shareOfPeopleWithJobOutcome),
            new Column("job_outcome_rate", Cohort::jobOutcomeRate),
            new Column("gained_job", Cohort::gained),
            new Column("gained_job_share", Cohort::gainedShare),
            new Column("retained_job", Cohort::retained),
            new Column("retained_job_share", Cohort::retainedShare),
            new Column("self_employed", Cohort::selfEmployed),
            new Column("self_employed_share", Cohort::selfEmployedShare),
            new Column("job_16_hours_or_more", Cohort::sixteenHoursOrMore),
            new Column("job_16_hours_or_more_share", Cohort::sixteenHoursOrMoreShare),
            new Column("support_under_7_hours", Cohort::supportUnder7Hours),
            new Column("support_under_7_hours_share", Cohort::supportUnder7HoursShare),
            new Column("support_7_to_40_hours", Cohort::support7To40Hours),
            new Column("support_7_to_40_hours_share", Cohort::support7To40HoursShare),
            new Column("support_over_40_hours", Cohort::supportOver40Hours),
            new Column("support_over_40_hours_share", Cohort::supportOver40HoursShare),
            new Column("support_level_index", Cohort::supportLevelIndex),
            new Column("job_outcome_support_level_index", Cohort::jobOutcomeSupportLevelIndex));

    static final List<String> HEADER = header();

    private QuarterlyReturn() {
    }

    private static List<String> header() {
        List<String> names = new ArrayList<>(List.of("service_code", "service_name", "quarter",
                "period_start", "period_end", "breakdown", "category"));
        COHORT_COLUMNS.forEach(c -> names.add(c.name()));
        names.addAll(List.of("total_cost", "cost_per_person_supported", "cost_per_job_outcome"));
        return List.copyOf(names);
    }

    static String csv(OutcomeReport report) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Cohort cohort : report.cohorts()) {
            List<String> cells = new ArrayList<>(List.of(report.serviceCode(), report.serviceName(),
                    report.period(), report.from().toString(), report.to().toString(), cohort.breakdown(),
                    cohort.category()));
            COHORT_COLUMNS.forEach(c -> cells.add(shown(c.value().apply(cohort))));
            boolean whole = cohort == report.total();
            CostEffectiveness cost = report.cost();
            cells.add(whole ? shown(cost.totalCost()) : "");
            cells.add(whole ? shown(cost.costPerPersonSupported()) : "");
            cells.add(whole ? shown(cost.costPerJobOutcome()) : "");
            out.append(cells.stream().map(QuarterlyReturn::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /**
     * The return as a file to save: the CSV as it always was, or the same rows and columns as an Excel workbook, where
     * a figure shown is a number, a hidden one its words ("<5", "suppressed"), and the dates are dates.
     */
    static Response download(OutcomeReport report, String format, String name) {
        return download(report, format == null || format.isBlank() ? Spreadsheet.Format.CSV
                : Spreadsheet.Format.of("format", format), name);
    }

    private static Response download(OutcomeReport report, Spreadsheet.Format format, String name) {
        if (format == Spreadsheet.Format.CSV) {
            return CsvDownload.of(csv(report), name + "." + format.extension).toResponse();
        }
        List<Spreadsheet.Column<Cohort>> columns = new ArrayList<>(List.of(
                new Spreadsheet.Column<>(HEADER.get(0), cohort -> report.serviceCode()),
                new Spreadsheet.Column<>(HEADER.get(1), cohort -> report.serviceName()),
                new Spreadsheet.Column<>(HEADER.get(2), cohort -> report.period()),
                new Spreadsheet.Column<>(HEADER.get(3), cohort -> report.from()),
                new Spreadsheet.Column<>(HEADER.get(4), cohort -> report.to()),
                new Spreadsheet.Column<>(HEADER.get(5), Cohort::breakdown),
                new Spreadsheet.Column<>(HEADER.get(6), Cohort::category)));
        COHORT_COLUMNS.forEach(c -> columns.add(new Spreadsheet.Column<>(c.name(), cohort -> cell(c.value().apply(cohort)))));
        CostEffectiveness cost = report.cost();
        List<Function<CostEffectiveness, Figure>> costs = List.of(CostEffectiveness::totalCost,
                CostEffectiveness::costPerPersonSupported, CostEffectiveness::costPerJobOutcome);
        for (int i = 0; i < costs.size(); i++) {
            Figure figure = costs.get(i).apply(cost);
            columns.add(new Spreadsheet.Column<>(HEADER.get(HEADER.size() - costs.size() + i),
                    cohort -> cohort == report.total() ? cell(figure) : null));
        }
        return Spreadsheet.download(format, name, columns, report.cohorts());
    }

    /** A figure as a workbook's cell: the number shown, or the words of a hidden one; empty where nothing is counted. */
    private static Object cell(Figure figure) {
        return !figure.isApplicable() ? null : figure.value() != null ? figure.value() : figure.shown();
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
