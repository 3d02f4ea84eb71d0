package io.waymark.employer;

import jakarta.validation.constraints.NotNull;

public record OpportunityStatusRequest(@NotNull OpportunityStatus status) {
}
