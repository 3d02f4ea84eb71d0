package io.waymark.report;

import io.waymark.client.AgeBand;
import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.ReferralSource;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.HoursBand;
import io.waymark.outcome.JobHistory;
import io.waymark.outcome.OutcomeRule;
import io.waymark.outcome.OutcomeType;
import io.waymark.progression.ProgressionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The numbers of one period's measures (docs/measures.md) for some clients, counted before anything is shown or
 * hidden. Each person is at one provider, so the tallies of several providers' clients {@link #add add up} to the
 * tally of all of them: a national report is the sum of its providers' tallies, read one provider at a time. The
 * {@link OutcomeMeasures} turn a tally into figures under a {@link Disclosure}.
 */
final class Tally {

    /** The counts of one group of the supported people. */
    static final class Counts {
        long supported;
        long withOutcome;
        final long[] byType = new long[OutcomeType.values().length];
        /** People whose counted job had 16 hours a week or more. */
        long sixteen;
        final long[] levels = new long[SupportLevel.values().length];
        /** The support levels of the people with a job outcome. */
        final long[] outcomeLevels = new long[SupportLevel.values().length];

        private void count(ClientFacts person, JobHistory counted, BigDecimal hours) {
            supported++;
            levels[person.supportLevel().ordinal()]++;
            if (counted != null) {
                withOutcome++;
                byType[counted.type().ordinal()]++;
                sixteen += hours.compareTo(HoursBand.SIXTEEN) >= 0 ? 1 : 0;
                outcomeLevels[person.supportLevel().ordinal()]++;
            }
        }

        private void add(Counts other) {
            supported += other.supported;
            withOutcome += other.withOutcome;
            sixteen += other.sixteen;
            addAll(byType, other.byType);
            addAll(levels, other.levels);
            addAll(outcomeLevels, other.outcomeLevels);
        }
    }

    /**
     * The people referred in the period (by their referral date): how many; the days from a form's referral arriving
     * to its acceptance, for those who came through one; the days from referral to the first contact, for those who
     * have had one.
     */
    static final class Waits {
        long referred;
        final List<Long> toAcceptance = new ArrayList<>();
        final List<Long> toFirstContact = new ArrayList<>();

        private void count(ClientFacts person) {
            referred++;
            if (person.daysToAcceptance() != null) {
                toAcceptance.add(person.daysToAcceptance().longValue());
            }
            if (person.firstContactOn() != null && !person.firstContactOn().isBefore(person.referralDate())) {
                toFirstContact.add(ChronoUnit.DAYS.between(person.referralDate(), person.firstContactOn()));
            }
        }

        private void add(Waits other) {
            referred += other.referred;
            toAcceptance.addAll(other.toAcceptance);
            toFirstContact.addAll(other.toFirstContact);
        }
    }

    /** The answers at one point of the schedule: a count per answer, then those not answered. */
    record Answers(long[] counts, List<String> unknownReasons) {

        Answers() {
            this(new long[FollowUpAnswer.values().length + 1], new ArrayList<>());
        }

        long due() {
            long due = 0;
            for (long n : counts) {
                due += n;
            }
            return due;
        }
    }

    final ReportPeriod period;
    final Counts everyone = new Counts();
    final Map<ClientGroup, Counts> byClientGroup = byValue(ClientGroup.values());
    final Map<SupportLevel, Counts> bySupportLevel = byValue(SupportLevel.values());
    final Map<AgeBand, Counts> byAgeBand = byValue(AgeBand.values());
    final Map<Gender, Counts> byGender = byValue(Gender.values());
    /** Local authorities as recorded, alphabetical, the same whatever their capitals; only those with people supported. */
    final Map<String, Counts> byLocalAuthority = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** By provider (organisation code): every person is at one. */
    final Map<String, Counts> byProvider = new HashMap<>();
    /** The hours a week of each counted job. */
    final List<BigDecimal> hours = new ArrayList<>();
    final List<Long> daysToFirstJob = new ArrayList<>();
    final long[] stageReached = new long[Stage.values().length];
    /** For each week of {@link OutcomeMeasures#SUSTAINMENT_WEEKS}: the points due, and the people in work on them. */
    final long[] sustainmentDue = new long[OutcomeMeasures.SUSTAINMENT_WEEKS.size()];
    final long[] sustainmentInWork = new long[OutcomeMeasures.SUSTAINMENT_WEEKS.size()];
    /** The sustainment checks of counted jobs due in the period, by the schedule's label. */
    final Map<String, Answers> answers = new HashMap<>();
    final List<OutcomeReport.Disagreement> disagreements = new ArrayList<>();
    final Waits waits = new Waits();
    final Map<ReferralSource, Waits> waitsBySource = new EnumMap<>(ReferralSource.class);
    /** The supported who made a progression besides paid work in the period: any, and of each kind. */
    long progressed;
    final long[] progressedBy = new long[ProgressionKind.values().length];
    /** For each supported person reassessed in the period: the change in each area from their first self-assessment. */
    final List<int[]> distances = new ArrayList<>();

    private Tally(ReportPeriod period) {
        this.period = period;
    }

    /** Nothing counted yet: the start of a sum. */
    static Tally empty(ReportPeriod period) {
        return new Tally(period);
    }

    /**
     * The tally of the clients the filter selects: the supported among them for the cohort counts, all of them for
     * sustainment, which follows people after their case is closed.
     */
    static Tally of(List<ClientFacts> all, ReportPeriod period, ReportFilter filter, OutcomeRule definition,
            LocalDate today) {
        Tally tally = new Tally(period);
        LocalDate lastDay = period.to().isAfter(today) ? today : period.to();
        for (ClientFacts client : all) {
            if (filter.matches(client, period.to())) {
                if (period.contains(client.referralDate())) {
                    tally.waits.count(client);
                    tally.waitsBySource.computeIfAbsent(client.referralSource(), s -> new Waits()).count(client);
                }
                Map<JobHistory, LocalDate> outcomeDates = client.outcomeDates(definition, today);
                if (client.supportedIn(period)) {
                    tally.countSupported(client, outcomeDates);
                    tally.countProgressions(client);
                    tally.countDistance(client);
                }
                tally.countSustainment(client, outcomeDates, lastDay);
            }
        }
        return tally;
    }

    /** Adds the tally of other people over the same period. */
    Tally add(Tally other) {
        everyone.add(other.everyone);
        addEach(byClientGroup, other.byClientGroup);
        addEach(bySupportLevel, other.bySupportLevel);
        addEach(byAgeBand, other.byAgeBand);
        addEach(byGender, other.byGender);
        addEach(byLocalAuthority, other.byLocalAuthority);
        addEach(byProvider, other.byProvider);
        hours.addAll(other.hours);
        daysToFirstJob.addAll(other.daysToFirstJob);
        addAll(stageReached, other.stageReached);
        addAll(sustainmentDue, other.sustainmentDue);
        addAll(sustainmentInWork, other.sustainmentInWork);
        other.answers.forEach((label, theirs) -> {
            Answers ours = answers.computeIfAbsent(label, l -> new Answers());
            addAll(ours.counts(), theirs.counts());
            ours.unknownReasons().addAll(theirs.unknownReasons());
        });
        disagreements.addAll(other.disagreements);
        waits.add(other.waits);
        other.waitsBySource.forEach((source, theirs) -> waitsBySource.computeIfAbsent(source, s -> new Waits()).add(theirs));
        progressed += other.progressed;
        addAll(progressedBy, other.progressedBy);
        distances.addAll(other.distances);
        return this;
    }

    /** Reassessed in the period: their latest self-assessment in it is a later one than their first. */
    private void countDistance(ClientFacts client) {
        List<AssessmentFact> scored = client.selfAssessments();
        AssessmentFact latest = null;
        for (AssessmentFact assessment : scored) {
            if (period.contains(assessment.on())) {
                latest = assessment;
            }
        }
        if (latest == null || latest == scored.get(0)) {
            return;
        }
        int[] first = scored.get(0).scores();
        int[] change = new int[first.length];
        for (int i = 0; i < first.length; i++) {
            change[i] = latest.scores()[i] - first[i];
        }
        distances.add(change);
    }

    /** A person counts once for each kind they made in the period, and once for having made any. */
    private void countProgressions(ClientFacts client) {
        Set<ProgressionKind> kinds = EnumSet.noneOf(ProgressionKind.class);
        client.progressions().stream().filter(p -> period.contains(p.on())).forEach(p -> kinds.add(p.kind()));
        if (!kinds.isEmpty()) {
            progressed++;
        }
        kinds.forEach(kind -> progressedBy[kind.ordinal()]++);
    }

    private void countSupported(ClientFacts client, Map<JobHistory, LocalDate> outcomeDates) {
        JobHistory counted = countedOutcome(outcomeDates).orElse(null);
        BigDecimal hoursOfJob = counted == null ? null : hoursOf(counted);
        if (hoursOfJob != null) {
            hours.add(hoursOfJob);
        }
        everyone.count(client, counted, hoursOfJob);
        for (ClientGroup group : client.groups()) {
            byClientGroup.get(group).count(client, counted, hoursOfJob);
        }
        bySupportLevel.get(client.supportLevel()).count(client, counted, hoursOfJob);
        byAgeBand.get(AgeBand.of(client.dateOfBirth(), period.to())).count(client, counted, hoursOfJob);
        byGender.get(client.gender()).count(client, counted, hoursOfJob);
        byLocalAuthority.computeIfAbsent(client.localAuthority(), a -> new Counts()).count(client, counted, hoursOfJob);
        byProvider.computeIfAbsent(client.organisationCode(), p -> new Counts()).count(client, counted, hoursOfJob);
        for (Stage stage : Stage.values()) {
            stageReached[stage.ordinal()] += client.reached(stage, period.to()) ? 1 : 0;
        }
        // A retained job was not found by the service, so it does not count towards the days to a first job.
        outcomeDates.entrySet().stream().filter(e -> e.getKey().type() != OutcomeType.RETAINED)
                .map(Map.Entry::getValue).min(Comparator.naturalOrder())
                .filter(period::contains)
                .ifPresent(first -> daysToFirstJob.add(ChronoUnit.DAYS.between(client.referralDate(), first)));
    }

    /**
     * A person's job outcome in the period: the first job (by outcome date) whose outcome date falls in it. A person
     * counts once however many jobs they had.
     */
    private Optional<JobHistory> countedOutcome(Map<JobHistory, LocalDate> dates) {
        return dates.keySet().stream()
                .filter(job -> period.contains(dates.get(job)))
                .min(Comparator.comparing((JobHistory job) -> dates.get(job))
                        .thenComparing(JobHistory::type)
                        .thenComparing(JobHistory::startDate)
                        .thenComparing(JobHistory::id));
    }

    /** Hours of a counted job on the last day of the period, or its last day if it ended within the period. */
    private BigDecimal hoursOf(JobHistory job) {
        LocalDate on = job.endDate() != null && job.endDate().isBefore(period.to()) ? job.endDate() : period.to();
        return job.hoursOn(on);
    }

    /**
     * For each check point: the job outcomes whose point, so many weeks after the outcome date, fell in the period
     * and is not in the future, and whether the person was in paid work (any job of theirs) on that day; then the
     * answers given to the checks of those jobs that fell due in the period, and the answers the job's record
     * contradicts.
     */
    private void countSustainment(ClientFacts client, Map<JobHistory, LocalDate> outcomeDates, LocalDate lastDay) {
        for (int i = 0; i < OutcomeMeasures.SUSTAINMENT_WEEKS.size(); i++) {
            for (LocalDate outcomeDate : outcomeDates.values()) {
                LocalDate point = outcomeDate.plusWeeks(OutcomeMeasures.SUSTAINMENT_WEEKS.get(i));
                if (!point.isBefore(period.from()) && !point.isAfter(lastDay)) {
                    sustainmentDue[i]++;
                    sustainmentInWork[i] += client.inWorkOn(point) ? 1 : 0;
                }
            }
        }
        if (client.checks().isEmpty()) {
            return;
        }
        Set<UUID> counted = outcomeDates.keySet().stream().map(JobHistory::id).collect(Collectors.toSet());
        Map<UUID, JobHistory> jobs = null;
        for (SustainmentCheck check : client.checks()) {
            if (!counted.contains(check.jobId()) || check.dueOn().isBefore(period.from()) || check.dueOn().isAfter(lastDay)) {
                continue;
            }
            Answers atPoint = answers.computeIfAbsent(check.label(), l -> new Answers());
            atPoint.counts()[check.answer() == null ? FollowUpAnswer.values().length : check.answer().ordinal()]++;
            if (check.answer() == FollowUpAnswer.UNKNOWN) {
                atPoint.unknownReasons().add(check.reason());
            }
            if (jobs == null) {
                jobs = client.jobs().stream().collect(Collectors.toMap(JobHistory::id, Function.identity()));
            }
            disagreement(client, jobs.get(check.jobId()), check).ifPresent(disagreements::add);
        }
    }

    /** An answer that the job's record contradicts, for someone to put right. */
    private static Optional<OutcomeReport.Disagreement> disagreement(ClientFacts client, JobHistory job,
            SustainmentCheck check) {
        if (check.answer() == FollowUpAnswer.IN_EMPLOYMENT && job.endDate() != null
                && job.endDate().isBefore(check.checkedOn())) {
            return Optional.of(new OutcomeReport.Disagreement(client.id(), job.id(), check.label(), check.answer(),
                    check.checkedOn(), "the job ended on " + job.endDate()));
        }
        if (check.answer() == FollowUpAnswer.NOT_IN_EMPLOYMENT
                && (job.endDate() == null || job.endDate().isAfter(check.checkedOn()))) {
            return Optional.of(new OutcomeReport.Disagreement(client.id(), job.id(), check.label(), check.answer(),
                    check.checkedOn(), job.endDate() == null ? "the job has no end" : "the job ended on " + job.endDate()));
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> Map<E, Counts> byValue(E[] values) {
        Map<E, Counts> counts = new EnumMap<>(values[0].getDeclaringClass());
        for (E value : values) {
            counts.put(value, new Counts());
        }
        return counts;
    }

    private static <K> void addEach(Map<K, Counts> ours, Map<K, Counts> theirs) {
        theirs.forEach((key, counts) -> ours.computeIfAbsent(key, k -> new Counts()).add(counts));
    }

    private static void addAll(long[] ours, long[] theirs) {
        for (int i = 0; i < ours.length; i++) {
            ours[i] += theirs[i];
        }
    }

    /** The tallies of several periods kept side by side, for a report and its trend. */
    static Map<ReportPeriod, Tally> emptyFor(List<ReportPeriod> periods) {
        Map<ReportPeriod, Tally> tallies = new LinkedHashMap<>();
        periods.forEach(p -> tallies.putIfAbsent(p, empty(p)));
        return tallies;
    }
}
