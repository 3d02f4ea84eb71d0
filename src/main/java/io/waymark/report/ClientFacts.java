package io.waymark.report;

import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import io.waymark.outcome.JobHistory;
import io.waymark.outcome.OutcomeRule;
import io.waymark.outcome.OutcomeType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One client as the reports see them: no name, no contact details, only what the measures count. For the waits from
 * referral: the national referral source, the days from a form's referral arriving to its acceptance (null when the
 * client did not come through a referral form), and the day of the first contact recorded (null for none yet). Its
 * progressions besides paid work, counted apart from the jobs, and their self-assessments, oldest first.
 */
public record ClientFacts(UUID id, String organisationCode, UUID teamId, UUID workerId, LocalDate dateOfBirth, Gender gender,
        String localAuthority, Programme programme, SupportLevel supportLevel, Set<ClientGroup> groups,
        LocalDate referralDate, LocalDate consentDate, LocalDate closedOn, Map<Stage, LocalDate> stageFirstReached,
        List<JobHistory> jobs, List<SustainmentCheck> checks, Map<String, Object> custom, ReferralSource referralSource,
        Integer daysToAcceptance, LocalDate firstContactOn, List<ProgressionFact> progressions,
        List<AssessmentFact> selfAssessments) {

    /**
     * A client is known by their id: the measures key maps by client, and hashing every job and check on each lookup
     * took a fifth of a national report's time (docs/performance.md).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClientFacts client && client.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Supported in a period: agreed to take part on or before its last day and not closed before its first. */
    public boolean supportedIn(ReportPeriod period) {
        return consentDate != null && !consentDate.isAfter(period.to())
                && (closedOn == null || !closedOn.isBefore(period.from()));
    }

    /**
     * The jobs that count as outcomes of the service, each with its outcome date. Under a funder's definition a job
     * counts from the day it met the definition's start rule (known by {@code today}), and not at all if it never did.
     */
    public Map<JobHistory, LocalDate> outcomeDates(OutcomeRule rule, LocalDate today) {
        Map<JobHistory, LocalDate> dates = new LinkedHashMap<>();
        if (consentDate == null) {
            return dates;
        }
        for (JobHistory job : jobs) {
            if (!job.isOutcomeFor(consentDate)) {
                continue;
            }
            if (rule == null) {
                dates.put(job, job.outcomeDate(consentDate));
                continue;
            }
            LocalDate started = rule.evaluate(job, today).startMetOn();
            if (started != null) {
                dates.put(job, job.type() == OutcomeType.RETAINED && started.isBefore(consentDate) ? consentDate : started);
            }
        }
        return dates;
    }

    public boolean inWorkOn(LocalDate day) {
        return jobs.stream().anyMatch(j -> j.coversDate(day));
    }

    public boolean reached(Stage stage, LocalDate by) {
        LocalDate first = stageFirstReached.get(stage);
        return first != null && !first.isAfter(by);
    }
}
