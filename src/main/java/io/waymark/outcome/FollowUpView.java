package io.waymark.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record FollowUpView(UUID id, String label, LocalDate dueOn, boolean overdue, FollowUpAnswer answer,
        LocalDate checkedOn, BigDecimal hoursPerWeek, Verification verifiedBy, String reason, String answeredByName) {
}
