package io.waymark.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
        int version) {

    public record HoursView(LocalDate effectiveFrom, BigDecimal hoursPerWeek) {
    }
}
