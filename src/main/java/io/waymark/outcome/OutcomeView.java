package io.waymark.outcome;

import io.waymark.common.Spreadsheet.Column;
import io.waymark.common.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A job outcome with its outcome date (the day it counts from: a retained job held before support began counts from
 * the day support began), its current hours, hours band and 16-hours flag (from the hours in force today), the dated
 * hours, and the sustainment checks.
 */
public record OutcomeView(UUID id, UUID clientId, OutcomeType type, UUID employerId, String employerName,
        String jobTitle, String sector, ContractType contractType, LocalDate startDate, LocalDate outcomeDate,
        BigDecimal hourlyPay, boolean apprentice,
        BigDecimal hoursPerWeek, HoursBand hoursBand, boolean sixteenHoursOrMore, List<HoursView> hours,
        LocalDate endDate, String endReason, boolean current, List<FollowUpView> followUps, UUID jobMatchId,
        Map<String, Object> custom, int version) {

    public record HoursView(LocalDate effectiveFrom, BigDecimal hoursPerWeek) {
    }

    /** The columns of a client's jobs as a file: what the page shows of each, its checks in one cell. */
    public static final List<Column<OutcomeView>> COLUMNS = List.of(
            new Column<>("Outcome", OutcomeView::type),
            new Column<>("Job title", OutcomeView::jobTitle),
            new Column<>("Employer", OutcomeView::employerName),
            new Column<>("Sector", OutcomeView::sector),
            new Column<>("Contract", OutcomeView::contractType),
            new Column<>("Start date", OutcomeView::startDate),
            new Column<>("Outcome date", OutcomeView::outcomeDate),
            new Column<>("Hours a week", OutcomeView::hoursPerWeek),
            new Column<>("Hourly pay", OutcomeView::hourlyPay),
            new Column<>("Apprentice", job -> job.apprentice() ? "Yes" : "No"),
            new Column<>("End date", OutcomeView::endDate),
            new Column<>("End reason", OutcomeView::endReason),
            new Column<>("Sustainment checks", OutcomeView::checks));

    /** Each check as "13 weeks: In work", or when it is due. */
    private String checks() {
        return followUps.stream().map(check -> check.label() + ": " + (check.answer() != null
                ? Words.of(check.answer()) : (check.overdue() ? "overdue since " : "due ") + check.dueOn()))
                .collect(Collectors.joining("; "));
    }
}
