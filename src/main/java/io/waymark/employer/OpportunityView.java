package io.waymark.employer;

import java.math.BigDecimal;
import java.util.UUID;

public record OpportunityView(UUID id, UUID employerId, String employerName, String title, OpportunityKind kind,
        BigDecimal hoursPerWeek, BigDecimal hourlyPay, OpportunityStatus status, String notes) {
}
