package io.waymark.report;

import io.waymark.outcome.FollowUpAnswer;
import java.time.LocalDate;
import java.util.UUID;

/** A sustainment check of a job as the reports read it: its point, when it fell due, and the answer if any. */
public record SustainmentCheck(UUID jobId, String label, LocalDate dueOn, FollowUpAnswer answer, LocalDate checkedOn,
        String reason) {
}
