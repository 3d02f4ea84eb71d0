package io.waymark.outcome;

import io.waymark.common.Spreadsheet.Column;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A check on a worker's list: overdue, or due by the end of this week. */
public record FollowUpDue(UUID followUpId, UUID outcomeId, UUID clientId, String clientReference, String clientName,
        String jobTitle, String label, LocalDate dueOn, boolean overdue) {

    /** The columns of the checks due as a file: what the worker's day shows of each. */
    public static final List<Column<FollowUpDue>> COLUMNS = List.of(
            new Column<>("Client", FollowUpDue::clientName),
            new Column<>("Reference", FollowUpDue::clientReference),
            new Column<>("Job", FollowUpDue::jobTitle),
            new Column<>("Check", FollowUpDue::label),
            new Column<>("Due", FollowUpDue::dueOn),
            new Column<>("Overdue", check -> check.overdue() ? "Yes" : "No"));
}
