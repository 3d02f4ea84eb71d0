package io.waymark.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IPS Grow's job start, 4 hours of paid work, reached on the exact day whatever the hours a week. */
class OutcomeRuleTest {

    private static OutcomeRule ipsGrow() {
        OutcomeRule rule = new OutcomeRule();
        rule.startAfterPaidHours = BigDecimal.valueOf(4);
        rule.followUpSchedule = FollowUpSchedule.NATIONAL_RETURN;
        rule.countsRetained = true;
        rule.countsSelfEmployed = true;
        return rule;
    }

    private static JobHistory job(String start, String hoursPerWeek) {
        TreeMap<LocalDate, BigDecimal> hours = new TreeMap<>();
        hours.put(LocalDate.parse(start), new BigDecimal(hoursPerWeek));
        return new JobHistory(UUID.randomUUID(), OutcomeType.GAINED, LocalDate.parse(start), null, hours);
    }

    /** Each day of the job adds a seventh of its hours a week; the start is met on the day the sum reaches 4. */
    @ParameterizedTest(name = "{1} hours a week from {0}: 4 paid hours on {2}")
    @CsvSource({
            "2026-09-29, 2,   2026-10-12",   // 14 days × 2/7: the finding, reported a day late as 13 Oct
            "2026-09-29, 1,   2026-10-26",   // 28 days × 1/7
            "2026-09-29, 3.5, 2026-10-06",   // 8 days × 3.5/7
            "2026-09-29, 7,   2026-10-02",   // 4 days × 7/7
            "2026-12-04, 1,   2026-12-31",   // the last day of Q4, not the first of Q1
            "2026-12-18, 2,   2026-12-31",
            "2026-12-19, 2,   2027-01-01"})
    void theStartIsMetOnTheExactDay(String start, String hoursPerWeek, String metOn) {
        RuleResult result = ipsGrow().evaluate(job(start, hoursPerWeek), LocalDate.parse("2027-06-30"));
        assertEquals(LocalDate.parse(metOn), result.startMetOn());
    }

    @Test
    void aDayShortOfTheHoursIsNotYetAStart() {
        RuleResult result = ipsGrow().evaluate(job("2026-09-29", "2"), LocalDate.parse("2026-10-11"));
        assertEquals(RuleResult.Status.PENDING_START, result.status());
    }
}
