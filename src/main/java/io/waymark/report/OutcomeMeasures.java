package io.waymark.report;

import io.waymark.client.AgeBand;
import io.waymark.client.ClientGroup;
import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.common.Words;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.FollowUpSchedule;
import io.waymark.outcome.HoursBand;
import io.waymark.outcome.JobHistory;
import io.waymark.outcome.OutcomeRule;
import io.waymark.outcome.OutcomeType;
import io.waymark.report.Disclosure.Count;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The measures of docs/measures.md, worked out from the clients' facts. This is the one place where the figures
 * are defined in code; the document and the hand-worked tests follow it line by line.
 */
final class OutcomeMeasures {

    /** Sustainment is checked at these weeks after the outcome (Scotland's follow-ups; domain.md). */
    static final List<Integer> SUSTAINMENT_WEEKS = List.of(13, 26, 52);

    private final ReportPeriod period;
    private final LocalDate today;
    private final Disclosure disclosure;
    /** The filter's clients, supported or not: sustainment follows people after their case is closed. */
    private final List<ClientFacts> clients;
    private final List<ClientFacts> supported;
    private final Map<ClientFacts, JobHistory> counted = new LinkedHashMap<>();
    /** Each client's job outcomes with their outcome dates, under the definition the report is run under. */
    private final Map<ClientFacts, Map<JobHistory, LocalDate>> outcomeDates = new HashMap<>();

    OutcomeMeasures(List<ClientFacts> all, ReportPeriod period, ReportFilter filter, OutcomeRule definition,
            LocalDate today, Disclosure disclosure) {
        this.period = period;
        this.today = today;
        this.disclosure = disclosure;
        this.clients = all.stream().filter(c -> filter.matches(c, period.to())).toList();
        clients.forEach(c -> outcomeDates.put(c, c.outcomeDates(definition, today)));
        this.supported = clients.stream().filter(c -> c.supportedIn(period)).toList();
        for (ClientFacts client : supported) {
            countedOutcome(client).ifPresent(job -> counted.put(client, job));
        }
    }

    /**
     * A person's job outcome in the period: the first job (by outcome date) whose outcome date falls in it. A person
     * counts once however many jobs they had.
     */
    private Optional<JobHistory> countedOutcome(ClientFacts client) {
        Map<JobHistory, LocalDate> dates = outcomeDates.get(client);
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
     * The counts of one group of the supported, with the sums a reader knows them to make: the kinds of job add up to
     * the people with a job, the support levels to the people supported, and the supported without a job, or with a
     * job of under 16 hours, are what is left.
     */
    private record CohortCounts(Count supported, Count withOutcome, Count gained, Count retained, Count selfEmployed,
            Count sixteen, Count[] levels, Count withoutOutcome, Count underSixteen, Count[] outcomeLevels) {

        List<Count> all() {
            return List.of(supported, withOutcome, gained, retained, selfEmployed, sixteen, levels[0], levels[1],
                    levels[2], withoutOutcome, underSixteen);
        }
    }

    private CohortCounts everyone;

    /** The whole service's counts, made once: every figure of the report that is one of them reads the same cell. */
    private CohortCounts everyone() {
        if (everyone == null) {
            everyone = counts(c -> true);
        }
        return everyone;
    }

    private CohortCounts counts(Predicate<ClientFacts> inGroup) {
        return counts(supported.stream().filter(inGroup).toList());
    }

    /** The counts of these people, all of them supported in the period. */
    private CohortCounts counts(List<ClientFacts> people) {
        List<ClientFacts> withOutcome = people.stream().filter(counted::containsKey).toList();
        Count supportedCount = disclosure.count(people.size());
        Count outcomeCount = disclosure.count(withOutcome.size());
        Count gained = countOutcomes(withOutcome, OutcomeType.GAINED);
        Count retained = countOutcomes(withOutcome, OutcomeType.RETAINED);
        Count selfEmployed = countOutcomes(withOutcome, OutcomeType.SELF_EMPLOYED);
        Count sixteen = disclosure.count(withOutcome.stream()
                .filter(c -> hoursOf(counted.get(c)).compareTo(HoursBand.SIXTEEN) >= 0).count());
        Count[] levels = supportLevels(people);
        Count withoutOutcome = disclosure.implied(people.size() - withOutcome.size());
        Count underSixteen = disclosure.implied(outcomeCount.n() - sixteen.n());
        disclosure.adds(outcomeCount, gained, retained, selfEmployed);
        disclosure.adds(supportedCount, levels);
        disclosure.adds(supportedCount, outcomeCount, withoutOutcome);
        disclosure.adds(outcomeCount, sixteen, underSixteen);
        return new CohortCounts(supportedCount, outcomeCount, gained, retained, selfEmployed, sixteen, levels,
                withoutOutcome, underSixteen, supportLevels(withOutcome));
    }

    Count peopleSupported() {
        return everyone().supported();
    }

    Count peopleWithJobOutcome() {
        return everyone().withOutcome();
    }

    Cohort total() {
        return cohort("all", "all", "Everyone", everyone());
    }

    /** The figures of one group of the supported, against the whole service's totals. */
    private Cohort cohort(String breakdown, String category, String label, CohortCounts counts) {
        Count supportedCount = counts.supported();
        Count outcomeCount = counts.withOutcome();
        Count gained = counts.gained();
        Count retained = counts.retained();
        Count selfEmployed = counts.selfEmployed();
        Count sixteen = counts.sixteen();
        Count[] levels = counts.levels();
        return new Cohort(breakdown, category, label,
                supportedCount.figure(), disclosure.percentage(supportedCount, peopleSupported()),
                outcomeCount.figure(), disclosure.percentage(outcomeCount, peopleWithJobOutcome()),
                disclosure.percentage(outcomeCount, supportedCount),
                gained.figure(), disclosure.percentage(gained, outcomeCount),
                retained.figure(), disclosure.percentage(retained, outcomeCount),
                selfEmployed.figure(), disclosure.percentage(selfEmployed, outcomeCount),
                sixteen.figure(), disclosure.percentage(sixteen, outcomeCount),
                levels[0].figure(), disclosure.percentage(levels[0], supportedCount),
                levels[1].figure(), disclosure.percentage(levels[1], supportedCount),
                levels[2].figure(), disclosure.percentage(levels[2], supportedCount),
                supportLevelIndex(levels, supportedCount),
                supportLevelIndex(counts.outcomeLevels(), outcomeCount));
    }

    private Count countOutcomes(List<ClientFacts> people, OutcomeType type) {
        return disclosure.count(people.stream().filter(c -> counted.get(c).type() == type).count());
    }

    private Count[] supportLevels(List<ClientFacts> people) {
        return Arrays.stream(SupportLevel.values())
                .map(level -> disclosure.count(people.stream().filter(c -> c.supportLevel() == level).count()))
                .toArray(Count[]::new);
    }

    /** NDTi: p(under 7 hours) + 3 × p(7 to 40 hours) + 10 × p(over 40 hours), to two decimal places. */
    private Figure supportLevelIndex(Count[] levels, Count people) {
        BigDecimal value = people.n() == 0 ? null
                : BigDecimal.valueOf(levels[0].n() + 3 * levels[1].n() + 10 * levels[2].n())
                        .divide(BigDecimal.valueOf(people.n()), 2, RoundingMode.HALF_UP);
        return disclosure.derived(value, levels[0], levels[1], levels[2], people);
    }

    /** Each person counts once, by the kind of their counted job: the same counts as the whole service's. */
    List<Portion> outcomeTypes() {
        CohortCounts all = everyone();
        Map<OutcomeType, Count> byType = Map.of(OutcomeType.GAINED, all.gained(), OutcomeType.RETAINED, all.retained(),
                OutcomeType.SELF_EMPLOYED, all.selfEmployed());
        return Arrays.stream(OutcomeType.values()).map(type -> new Portion(code(type), Words.of(type),
                byType.get(type).figure(), disclosure.percentage(byType.get(type), all.withOutcome()))).toList();
    }

    OutcomeReport.Hours hours() {
        Count all = peopleWithJobOutcome();
        List<BigDecimal> hours = counted.values().stream().map(this::hoursOf).sorted().toList();
        Count sixteen = everyone().sixteen();
        Map<HoursBand, Count> byBand = new LinkedHashMap<>();
        for (HoursBand band : HoursBand.values()) {
            byBand.put(band, disclosure.count(hours.stream().filter(h -> HoursBand.of(h) == band).count()));
        }
        disclosure.adds(all, List.copyOf(byBand.values()));
        disclosure.adds(sixteen, byBand.entrySet().stream().filter(e -> e.getKey().compareTo(HoursBand.FROM_16_TO_UNDER_30) >= 0)
                .map(Map.Entry::getValue).toList());
        List<Portion> bands = byBand.entrySet().stream().map(e -> new Portion(code(e.getKey()), Words.of(e.getKey()),
                e.getValue().figure(), disclosure.percentage(e.getValue(), all))).toList();
        return new OutcomeReport.Hours(sixteen.figure(), disclosure.percentage(sixteen, all), bands,
                disclosure.statistic(median(hours), hours),
                disclosure.statistic(median(lowerHalf(hours)), hours),
                disclosure.statistic(median(upperHalf(hours)), hours),
                disclosure.individual(hours.isEmpty() ? null : hours.get(0)),
                disclosure.individual(hours.isEmpty() ? null : hours.get(hours.size() - 1)));
    }

    /**
     * For each check point: the job outcomes of the filter's clients (open or closed) whose point, so many weeks after
     * the outcome date, fell in the period and is not in the future; and of them, those whose person was in paid work
     * (any job of theirs) on that day.
     */
    List<OutcomeReport.Sustainment> sustainment() {
        LocalDate lastDay = period.to().isAfter(today) ? today : period.to();
        return SUSTAINMENT_WEEKS.stream().map(weeks -> {
            long due = 0;
            long inWork = 0;
            for (ClientFacts client : clients) {
                for (LocalDate outcomeDate : outcomeDates.get(client).values()) {
                    LocalDate point = outcomeDate.plusWeeks(weeks);
                    if (!point.isBefore(period.from()) && !point.isAfter(lastDay)) {
                        due++;
                        inWork += client.inWorkOn(point) ? 1 : 0;
                    }
                }
            }
            Count dueCount = disclosure.count(due);
            Count inWorkCount = disclosure.count(inWork);
            disclosure.within(dueCount, inWorkCount);
            return new OutcomeReport.Sustainment(weeks, dueCount.figure(), inWorkCount.figure(),
                    disclosure.percentage(inWorkCount, dueCount));
        }).toList();
    }

    /** The checks of counted jobs that fell due in the period (and not after today), by client. */
    private Map<ClientFacts, List<SustainmentCheck>> checksDue() {
        LocalDate lastDay = period.to().isAfter(today) ? today : period.to();
        Map<ClientFacts, List<SustainmentCheck>> due = new LinkedHashMap<>();
        for (ClientFacts client : clients) {
            Set<UUID> counted = outcomeDates.get(client).keySet().stream().map(JobHistory::id).collect(Collectors.toSet());
            List<SustainmentCheck> checks = client.checks().stream()
                    .filter(c -> counted.contains(c.jobId()) && !c.dueOn().isBefore(period.from()) && !c.dueOn().isAfter(lastDay))
                    .toList();
            if (!checks.isEmpty()) {
                due.put(client, checks);
            }
        }
        return due;
    }

    /** The answers at each point of the schedule, in the schedule's order. */
    List<OutcomeReport.CheckAnswers> sustainmentAnswers() {
        List<SustainmentCheck> due = checksDue().values().stream().flatMap(List::stream).toList();
        LocalDate reference = LocalDate.of(2000, 1, 1);
        return due.stream().map(SustainmentCheck::label).distinct()
                .sorted(Comparator.comparing((String label) -> reference.plus(FollowUpSchedule.Point.ofLabel(label).after())))
                .map(label -> {
                    List<SustainmentCheck> atPoint = due.stream().filter(c -> c.label().equals(label)).toList();
                    Count all = disclosure.count(atPoint.size());
                    List<Count> parts = new ArrayList<>();
                    for (FollowUpAnswer answer : FollowUpAnswer.values()) {
                        parts.add(disclosure.count(atPoint.stream().filter(c -> c.answer() == answer).count()));
                    }
                    parts.add(disclosure.count(atPoint.stream().filter(c -> c.answer() == null).count()));
                    disclosure.adds(all, parts);
                    List<Figure> shown = parts.stream().map(Count::figure).toList();
                    List<String> reasons = disclosure.showsEverything()
                            ? atPoint.stream().filter(c -> c.answer() == FollowUpAnswer.UNKNOWN).map(SustainmentCheck::reason)
                                    .sorted().toList()
                            : List.of();
                    return new OutcomeReport.CheckAnswers(label, all.figure(), shown.get(0), shown.get(1), shown.get(2),
                            shown.get(3), shown.get(4), reasons);
                }).toList();
    }

    /** Answers that the job's record contradicts, for someone to put right. */
    OutcomeReport.Disagreements disagreements() {
        List<OutcomeReport.Disagreement> found = new ArrayList<>();
        checksDue().forEach((client, checks) -> {
            Map<UUID, JobHistory> jobs = client.jobs().stream().collect(Collectors.toMap(JobHistory::id, j -> j));
            for (SustainmentCheck check : checks) {
                JobHistory job = jobs.get(check.jobId());
                if (check.answer() == FollowUpAnswer.IN_EMPLOYMENT && job.endDate() != null
                        && job.endDate().isBefore(check.checkedOn())) {
                    found.add(new OutcomeReport.Disagreement(client.id(), job.id(), check.label(), check.answer(),
                            check.checkedOn(), "the job ended on " + job.endDate()));
                } else if (check.answer() == FollowUpAnswer.NOT_IN_EMPLOYMENT
                        && (job.endDate() == null || job.endDate().isAfter(check.checkedOn()))) {
                    found.add(new OutcomeReport.Disagreement(client.id(), job.id(), check.label(), check.answer(),
                            check.checkedOn(), job.endDate() == null ? "the job has no end" : "the job ended on " + job.endDate()));
                }
            }
        });
        return new OutcomeReport.Disagreements(disclosure.count(found.size()).figure(),
                disclosure.showsEverything() ? found : List.of());
    }

    /**
     * Days from referral to the first job gained or self-employment (its outcome date: the start, or under a
     * definition the day it met the start rule), for the supported people whose first such job counts in the period.
     * A retained job was not found by the service, so it does not count.
     */
    List<Long> daysToFirstJob() {
        List<Long> days = new ArrayList<>();
        for (ClientFacts client : supported) {
            Map<JobHistory, LocalDate> dates = outcomeDates.get(client);
            dates.entrySet().stream().filter(e -> e.getKey().type() != OutcomeType.RETAINED)
                    .map(Map.Entry::getValue).min(Comparator.naturalOrder())
                    .filter(period::contains)
                    .ifPresent(first -> days.add(ChronoUnit.DAYS.between(client.referralDate(), first)));
        }
        days.sort(null);
        return days;
    }

    Figure medianDaysToFirstJob() {
        List<BigDecimal> days = daysToFirstJob().stream().map(BigDecimal::valueOf).toList();
        return disclosure.statistic(median(days), days);
    }

    /** How many of the supported had reached each stage by the end of the period (stages may be skipped). */
    List<Portion> stageFunnel() {
        Count all = peopleSupported();
        return Arrays.stream(Stage.values()).map(stage -> {
            Count n = disclosure.count(supported.stream().filter(c -> c.reached(stage, period.to())).count());
            disclosure.within(all, n);
            return new Portion(code(stage), Words.of(stage), n.figure(), disclosure.percentage(n, all));
        }).toList();
    }

    /** People may be in several client groups, or none: these groups are not a sum of the whole service. */
    List<Cohort> byClientGroup() {
        return cohorts("client_group", groups(ClientGroup.values(), (c, g) -> c.groups().contains(g)), false);
    }

    List<Cohort> bySupportLevel() {
        return cohorts("support_level", groups(SupportLevel.values(), (c, l) -> c.supportLevel() == l), true);
    }

    List<Cohort> byAgeBand() {
        return cohorts("age_band", groups(AgeBand.values(), (c, band) -> AgeBand.of(c.dateOfBirth(), period.to()) == band),
                true);
    }

    List<Cohort> byGender() {
        return cohorts("gender", groups(Gender.values(), (c, g) -> c.gender() == g), true);
    }

    /** Local authorities as recorded, in alphabetical order; only those with people supported. */
    List<Cohort> byLocalAuthority() {
        return cohorts("local_authority", supported.stream().map(ClientFacts::localAuthority)
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))).stream()
                .map(area -> new Group(area, area, counts(c -> c.localAuthority().equalsIgnoreCase(area))))
                .toList(), true);
    }

    /** Nationally, each provider sharing the programme (code to name, in the order given): every person is at one. */
    List<Cohort> byProvider(Map<String, String> providers) {
        if (providers.isEmpty()) {
            return List.of();
        }
        // One pass to sort people by provider, not one pass over everyone for each of hundreds of providers.
        Map<String, List<ClientFacts>> atProvider = supported.stream()
                .collect(Collectors.groupingBy(ClientFacts::organisationCode));
        return cohorts("provider", providers.entrySet().stream()
                .map(p -> new Group(p.getKey(), p.getValue(), counts(atProvider.getOrDefault(p.getKey(), List.of()))))
                .toList(), true);
    }

    /** One group of a breakdown and its counts. */
    private record Group(String category, String label, CohortCounts counts) {
    }

    private <E extends Enum<E>> List<Group> groups(E[] values, BiPredicate<ClientFacts, E> in) {
        return Arrays.stream(values).map(value -> new Group(code(value), Words.of(value), counts(c -> in.test(c, value))))
                .toList();
    }

    /** The groups' cohorts; where each person is in exactly one group, every count of the groups adds up to the whole's. */
    private List<Cohort> cohorts(String breakdown, List<Group> groups, boolean eachPersonInOne) {
        if (eachPersonInOne) {
            List<Count> whole = everyone().all();
            for (int i = 0; i < whole.size(); i++) {
                int measure = i;
                disclosure.adds(whole.get(i), groups.stream().map(g -> g.counts().all().get(measure)).toList());
            }
        }
        return groups.stream().map(g -> cohort(breakdown, g.category(), g.label(), g.counts())).toList();
    }

    /** Stable lower-case codes for the CSV's category column. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase();
    }

    /** The median; for an even number of values, the mean of the middle two. */
    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** The values below the median (Tukey's hinges: the middle value of an odd count belongs to neither half). */
    static List<BigDecimal> lowerHalf(List<BigDecimal> sorted) {
        return sorted.subList(0, sorted.size() / 2);
    }

    static List<BigDecimal> upperHalf(List<BigDecimal> sorted) {
        return sorted.subList((sorted.size() + 1) / 2, sorted.size());
    }
}
