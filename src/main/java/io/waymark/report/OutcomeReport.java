package io.waymark.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waymark.outcome.FollowUpAnswer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The outcome report of a service (or, nationally, of a programme across the providers sharing it, with
 * {@code byProvider}) for a period and a filter; {@code countedUnder} names the funder's outcome
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String countedUnder,
        Cohort total,
        List<Portion> outcomeTypes,
        Hours hours,
        List<Sustainment> sustainment,
        List<CheckAnswers> sustainmentAnswers,
        Disagreements disagreements,
        Figure medianDaysReferralToFirstJob,
        Figure peopleStartingFirstJob,
        List<Portion> stageFunnel,
        List<Cohort> byClientGroup,
        List<Cohort> bySupportLevel,
        List<Cohort> byAgeBand,
        List<Cohort> byGender,
        List<Cohort> byLocalAuthority,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Cohort> byProvider,
        ReferralWaits referralWaits,
        Progressions progressions,
        DistanceTravelled distanceTravelled,
        CostEffectiveness cost,
        List<QuarterTrend> trend) {

    /** Hours a week of the counted job outcomes, on the last day of the period (or of the job, if it ended). */
    public record Hours(Figure sixteenOrMore, Figure sixteenOrMoreShare, List<Portion> bands, Figure median,
            Figure lowerQuartile, Figure upperQuartile, Figure least, Figure most) {
    }

    /** Job outcomes whose check point (so many weeks after the outcome) fell in the period, and how many were in work. */
    public record Sustainment(int weeks, Figure due, Figure inWork, Figure rate) {
    }

    /**
     * The answers given at one point of the follow-up schedule ("13 weeks"), for the checks that fell due in the
     * period, as Scotland's returns count them. {@code unknownReasons}: why answers are unknown, for the service's
     * own staff only (free text never reaches a commissioner).
     */
    public record CheckAnswers(String check, Figure due, Figure inEmployment, Figure notInEmployment,
            Figure noEngagement, Figure unknown, Figure unanswered, List<String> unknownReasons) {
    }

    /**
     * Jobs whose record and a check's answer disagree: "in employment" after the job's recorded end, or "not in
     * employment" while the record has the client in the job. {@code jobs} lists them for the service's own staff.
     */
    public record Disagreements(Figure count, List<Disagreement> jobs) {
    }

    public record Disagreement(UUID clientId, UUID jobOutcomeId, String check, FollowUpAnswer answer,
            LocalDate checkedOn, String record) {
    }

    /**
     * How long people referred in the period waited: for everyone, and by national referral source (those with
     * referrals). {@code accepted}: those who came through a referral form, with the median days from its arrival to
     * its acceptance; {@code contacted}: those with a first contact, with the median days from referral to it.
     */
    public record ReferralWaits(Wait all, List<Wait> bySource) {
    }

    public record Wait(String source, String label, Figure referred, Figure accepted, Figure medianDaysToAcceptance,
            Figure contacted, Figure medianDaysToFirstContact) {
    }

    /**
     * The people supported who made a progression besides paid work in the period ({@code people}, and their share of
     * everyone supported), and by kind; one person may make several kinds.
     */
    public record Progressions(Figure people, Figure share, List<Portion> byKind) {
    }

    /** The areas of the self-assessment: code and words, in the order of the scores. */
    static final List<String[]> AREAS = List.of(new String[] {"confidence", "Confidence about working"},
            new String[] {"job_search", "Job-search skills"},
            new String[] {"health_at_work", "Managing health at work"},
            new String[] {"travel", "Getting to work"});

    /**
     * Distance travelled: the people supported who scored themselves again in the period, and the average change in
     * each area from their first self-assessment.
     */
    public record DistanceTravelled(Figure peopleReassessed, List<AreaChange> areas) {
    }

    public record AreaChange(String area, String label, Figure averageChange) {
    }

    /** The headline figures of one calendar quarter, for the trend. */
    public record QuarterTrend(String quarter, Figure peopleSupported, Figure peopleWithJobOutcome,
            Figure jobOutcomeRate) {
    }

    /** All the cohorts of the report in a fixed order: the whole service first, then each breakdown. */
    public List<Cohort> cohorts() {
        return Stream.of(List.of(total), byClientGroup, bySupportLevel, byAgeBand, byGender,
                byLocalAuthority, byProvider).flatMap(List::stream).toList();
    }
}
