package io.waymark.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code answerable}: not yet answered, and due within the week (an answer may come a week early). {@code version} is
 * what a correction of the answer sends in If-Match.
 */
public record FollowUpView(UUID id, String label, LocalDate dueOn, boolean overdue, boolean answerable, FollowUpAnswer answer,
        LocalDate checkedOn, BigDecimal hoursPerWeek, LocalDate notInEmploymentSince, Verification verifiedBy,
        String reason, String answeredByName, int version) {
}
