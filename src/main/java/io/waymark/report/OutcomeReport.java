package io.waymark.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The outcome report of a service for a period and a filter; {@code countedUnder} names the funder's outcome
 * definition the jobs were counted under (null: every recorded job). Every figure is defined in docs/measures.md; what a
 * commissioner sees has small counts suppressed (see {@link Disclosure}).
 */
public record OutcomeReport(
        String serviceCode,
        String serviceName,
        LocalDate from,
        LocalDate to,
        String period,
        ReportFilter filter,
        String countedUnder,
        Cohort total,
        List<Portion> outcomeTypes,
        Hours hours,
        List<Sustainment> sustainment,
        Figure medianDaysReferralToFirstJob,
        Figure peopleStartingFirstJob,
        List<Portion> stageFunnel,
        List<Cohort> byClientGroup,
        List<Cohort> bySupportLevel,
        List<Cohort> byAgeBand,
        List<Cohort> byGender,
        List<Cohort> byLocalAuthority,
        CostEffectiveness cost,
        List<QuarterTrend> trend) {

    /** Hours a week of the counted job outcomes, on the last day of the period (or of the job, if it ended). */
    public record Hours(Figure sixteenOrMore, Figure sixteenOrMoreShare, List<Portion> bands, Figure median,
            Figure lowerQuartile, Figure upperQuartile, Figure least, Figure most) {
    }

    /** Job outcomes whose check point (so many weeks after the outcome) fell in the period, and how many were in work. */
    public record Sustainment(int weeks, Figure due, Figure inWork, Figure rate) {
    }

    /** The headline figures of one calendar quarter, for the trend. */
    public record QuarterTrend(String quarter, Figure peopleSupported, Figure peopleWithJobOutcome,
            Figure jobOutcomeRate) {
    }

    /** All the cohorts of the report in a fixed order: the whole service first, then each breakdown. */
    public List<Cohort> cohorts() {
        return Stream.of(List.of(total), byClientGroup, bySupportLevel, byAgeBand, byGender,
                byLocalAuthority).flatMap(List::stream).toList();
    }
}
