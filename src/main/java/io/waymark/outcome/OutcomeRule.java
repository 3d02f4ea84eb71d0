package io.waymark.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How a funder counts a job, as data: which kinds of job count, the hours that make a job start (a weekly minimum,
 * and/or a number of paid hours worked), and a sustained-hours rule (so many hours a week for M of K weeks), with the
 * follow-up schedule of its checks. Evaluated over a job's dated hours; the method is in docs/measures.md.
 */
@Embeddable
public class OutcomeRule {

    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    @Column(name = "start_min_weekly_hours")
    public BigDecimal startMinWeeklyHours;

    @Column(name = "start_after_paid_hours")
    public BigDecimal startAfterPaidHours;

    @Column(name = "sustained_weekly_hours")
    public BigDecimal sustainedWeeklyHours;

    @Column(name = "sustained_weeks")
    public Integer sustainedWeeks;

    @Column(name = "sustained_window_weeks")
    public Integer sustainedWindowWeeks;

    @Column(name = "follow_up_schedule", nullable = false)
    public String followUpSchedule;

    @Column(name = "counts_retained", nullable = false)
    public boolean countsRetained;

    @Column(name = "counts_self_employed", nullable = false)
    public boolean countsSelfEmployed;

    public FollowUpSchedule schedule() {
        return FollowUpSchedule.parse(followUpSchedule);
    }

    public boolean hasSustainedRule() {
        return sustainedWeeks != null;
    }

    /** How the job stands under this rule, judged on what is known by {@code asOf}. */
    public RuleResult evaluate(JobHistory job, LocalDate asOf) {
        if (job.type() == OutcomeType.RETAINED && !countsRetained) {
            return RuleResult.notCounted("retained jobs do not count");
        }
        if (job.type() == OutcomeType.SELF_EMPLOYED && !countsSelfEmployed) {
            return RuleResult.notCounted("self-employment does not count");
        }
        LocalDate lastKnown = job.endDate() != null && job.endDate().isBefore(asOf) ? job.endDate() : asOf;
        LocalDate started = startDate(job, lastKnown);
        if (started == null) {
            return job.endDate() != null && !job.endDate().isAfter(asOf)
                    ? new RuleResult(RuleResult.Status.NOT_STARTED, null, null, "ended before " + startRule())
                    : new RuleResult(RuleResult.Status.PENDING_START, null, null, "not yet " + startRule());
        }
        if (!hasSustainedRule()) {
            return new RuleResult(RuleResult.Status.STARTED, started, null, "job start from " + started);
        }
        int qualifying = 0;
        int complete = 0;
        for (int week = 0; week < sustainedWindowWeeks; week++) {
            LocalDate first = started.plusWeeks(week);
            LocalDate last = first.plusDays(6);
            if (last.isAfter(asOf)) {
                break;
            }
            complete++;
            if (job.coversDate(last) && lowestHours(job, first, last).compareTo(sustainedWeeklyHours) >= 0) {
                qualifying++;
                if (qualifying == sustainedWeeks) {
                    return new RuleResult(RuleResult.Status.SUSTAINED, started, last, "job start from " + started
                            + "; " + sustainedRule() + " met on " + last);
                }
            }
        }
        boolean stillPossible = qualifying + (sustainedWindowWeeks - complete) >= sustainedWeeks
                && (job.endDate() == null || job.endDate().isAfter(asOf));
        String sofar = qualifying + " of " + complete + " weeks so far";
        return stillPossible
                ? new RuleResult(RuleResult.Status.PENDING_SUSTAINMENT, started, null, "job start from " + started
                        + "; " + sustainedRule() + ": " + sofar)
                : new RuleResult(RuleResult.Status.NOT_SUSTAINED, started, null, "job start from " + started
                        + "; " + sustainedRule() + " not met: " + qualifying + " qualifying weeks");
    }

    /**
     * The first day on which both start conditions hold: hours a week at or above the minimum, and the paid hours
     * worked since the start (each week's hours spread evenly over its seven days, exactly) at or above the threshold.
     */
    private LocalDate startDate(JobHistory job, LocalDate lastKnown) {
        LocalDate weekly = job.startDate();
        if (startMinWeeklyHours != null) {
            weekly = null;
            for (LocalDate day = job.startDate(); !day.isAfter(lastKnown); day = day.plusDays(1)) {
                if (job.hoursOn(day).compareTo(startMinWeeklyHours) >= 0) {
                    weekly = day;
                    break;
                }
            }
        }
        LocalDate paid = job.startDate();
        if (startAfterPaidHours != null) {
            paid = null;
            // Counted in sevenths of an hour, so that no daily share is rounded: a day of a 2-hour week adds 2/7.
            BigDecimal workedSevenths = BigDecimal.ZERO;
            BigDecimal thresholdSevenths = startAfterPaidHours.multiply(DAYS_A_WEEK);
            for (LocalDate day = job.startDate(); !day.isAfter(lastKnown); day = day.plusDays(1)) {
                workedSevenths = workedSevenths.add(job.hoursOn(day));
                if (workedSevenths.compareTo(thresholdSevenths) >= 0) {
                    paid = day;
                    break;
                }
            }
        }
        if (weekly == null || paid == null) {
            return null;
        }
        return weekly.isAfter(paid) ? weekly : paid;
    }

    private static BigDecimal lowestHours(JobHistory job, LocalDate first, LocalDate last) {
        BigDecimal lowest = job.hoursOn(first);
        for (LocalDate changed : job.hoursFrom().subMap(first, false, last, true).keySet()) {
            lowest = lowest.min(job.hoursFrom().get(changed));
        }
        return lowest;
    }

    private String startRule() {
        StringBuilder rule = new StringBuilder();
        if (startMinWeeklyHours != null) {
            rule.append(startMinWeeklyHours.stripTrailingZeros().toPlainString()).append(" hours a week");
        }
        if (startAfterPaidHours != null) {
            rule.append(rule.isEmpty() ? "" : " and ").append(startAfterPaidHours.stripTrailingZeros().toPlainString())
                    .append(" hours of paid work");
        }
        return rule.toString();
    }

    private String sustainedRule() {
        return sustainedWeeklyHours.stripTrailingZeros().toPlainString() + " hours a week for " + sustainedWeeks
                + " of " + sustainedWindowWeeks + " weeks";
    }
}
