package io.waymark.outcome;

import java.time.LocalDate;
import java.util.UUID;

/** How a job outcome stands under one outcome definition. */
public record RuleResultView(UUID definitionId, String definitionName, RuleResult.Status status, LocalDate startMetOn,
        LocalDate sustainedMetOn, String explanation) {
}
