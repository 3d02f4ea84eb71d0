package io.waymark.outcome;

import io.waymark.lists.Programme;
import java.math.BigDecimal;
import java.util.UUID;

/** An outcome definition; {@code shipped} ones are read-only and can be copied. */
public record OutcomeDefinitionView(UUID id, String name, Programme programme, boolean shipped, UUID basedOn,
        String source, BigDecimal startMinWeeklyHours, BigDecimal startAfterPaidHours, BigDecimal sustainedWeeklyHours,
        Integer sustainedWeeks, Integer sustainedWindowWeeks, String followUpSchedule, boolean countsRetained,
        boolean countsSelfEmployed, Integer version) {
}
