package io.waymark.report;

import io.waymark.client.Stage;
import io.waymark.common.Words;
import io.waymark.lists.ReferralSource;
import io.waymark.outcome.FollowUpSchedule;
import io.waymark.outcome.HoursBand;
import io.waymark.outcome.OutcomeRule;
import io.waymark.outcome.OutcomeType;
import io.waymark.progression.ProgressionKind;
import io.waymark.report.Disclosure.Count;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of docs/measures.md, shown from one period's {@link Tally} under a {@link Disclosure}. This class and
 * the tally are the one place where the figures are defined in code; the document and the hand-worked tests follow
 * them line by line.
 */
final class OutcomeMeasures {

    /** Sustainment is checked at these weeks after the outcome (Scotland's follow-ups; domain.md). */
    static final List<Integer> SUSTAINMENT_WEEKS = List.of(13, 26, 52);

    private final Tally tally;
    private final Disclosure disclosure;

    OutcomeMeasures(Tally tally, Disclosure disclosure) {
        this.tally = tally;
        this.disclosure = disclosure;
    }

    /** The measures of the clients the filter selects, in one period. */
    OutcomeMeasures(List<ClientFacts> all, ReportPeriod period, ReportFilter filter, OutcomeRule definition,
            LocalDate today, Disclosure disclosure) {
        this(Tally.of(all, period, filter, definition, today), disclosure);
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
            everyone = counts(tally.everyone);
        }
        return everyone;
    }

    /** The counts of one group of the supported people, and the sums they make. */
    private CohortCounts counts(Tally.Counts people) {
        Count supportedCount = disclosure.count(people.supported);
        Count outcomeCount = disclosure.count(people.withOutcome);
        Count gained = disclosure.count(people.byType[OutcomeType.GAINED.ordinal()]);
        Count retained = disclosure.count(people.byType[OutcomeType.RETAINED.ordinal()]);
        Count selfEmployed = disclosure.count(people.byType[OutcomeType.SELF_EMPLOYED.ordinal()]);
        Count sixteen = disclosure.count(people.sixteen);
        Count[] levels = supportLevels(people.levels);
        Count withoutOutcome = disclosure.implied(people.supported - people.withOutcome);
        Count underSixteen = disclosure.implied(outcomeCount.n() - sixteen.n());
        disclosure.adds(outcomeCount, gained, retained, selfEmployed);
        disclosure.adds(supportedCount, levels);
        disclosure.adds(supportedCount, outcomeCount, withoutOutcome);
        disclosure.adds(outcomeCount, sixteen, underSixteen);
        return new CohortCounts(supportedCount, outcomeCount, gained, retained, selfEmployed, sixteen, levels,
                withoutOutcome, underSixteen, supportLevels(people.outcomeLevels));
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

    private Count[] supportLevels(long[] people) {
        return Arrays.stream(people).mapToObj(disclosure::count).toArray(Count[]::new);
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
        List<BigDecimal> hours = tally.hours.stream().sorted().toList();
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
        List<OutcomeReport.Sustainment> points = new ArrayList<>();
        for (int i = 0; i < SUSTAINMENT_WEEKS.size(); i++) {
            Count dueCount = disclosure.count(tally.sustainmentDue[i]);
            Count inWorkCount = disclosure.count(tally.sustainmentInWork[i]);
            disclosure.within(dueCount, inWorkCount);
            points.add(new OutcomeReport.Sustainment(SUSTAINMENT_WEEKS.get(i), dueCount.figure(), inWorkCount.figure(),
                    disclosure.percentage(inWorkCount, dueCount)));
        }
        return points;
    }

    /** The answers at each point of the schedule, in the schedule's order. */
    List<OutcomeReport.CheckAnswers> sustainmentAnswers() {
        LocalDate reference = LocalDate.of(2000, 1, 1);
        return tally.answers.keySet().stream()
                .sorted(Comparator.comparing((String label) -> reference.plus(FollowUpSchedule.Point.ofLabel(label).after())))
                .map(label -> {
                    Tally.Answers atPoint = tally.answers.get(label);
                    Count all = disclosure.count(atPoint.due());
                    List<Count> parts = Arrays.stream(atPoint.counts()).mapToObj(disclosure::count).toList();
                    disclosure.adds(all, parts);
                    List<Figure> shown = parts.stream().map(Count::figure).toList();
                    List<String> reasons = disclosure.showsEverything()
                            ? atPoint.unknownReasons().stream().sorted().toList()
                            : List.of();
                    return new OutcomeReport.CheckAnswers(label, all.figure(), shown.get(0), shown.get(1), shown.get(2),
                            shown.get(3), shown.get(4), reasons);
                }).toList();
    }

    /** Answers that the job's record contradicts, for someone to put right. */
    OutcomeReport.Disagreements disagreements() {
        return new OutcomeReport.Disagreements(disclosure.count(tally.disagreements.size()).figure(),
                disclosure.showsEverything() ? List.copyOf(tally.disagreements) : List.of());
    }

    /**
     * Days from referral to the first job gained or self-employment (its outcome date: the start, or under a
     * definition the day it met the start rule), for the supported people whose first such job counts in the period.
     * A retained job was not found by the service, so it does not count.
     */
    List<Long> daysToFirstJob() {
        return tally.daysToFirstJob.stream().sorted().toList();
    }

    Figure medianDaysToFirstJob() {
        List<BigDecimal> days = daysToFirstJob().stream().map(BigDecimal::valueOf).toList();
        return disclosure.statistic(median(days), days);
    }

    /** The waits from referral, for everyone and by source; the sources' referrals add up to everyone's. */
    OutcomeReport.ReferralWaits referralWaits() {
        Count referred = disclosure.count(tally.waits.referred);
        List<Map.Entry<ReferralSource, Tally.Waits>> sources = tally.waitsBySource.entrySet().stream()
                .filter(e -> e.getValue().referred > 0).toList();
        List<Count> sourceCounts = sources.stream().map(e -> disclosure.count(e.getValue().referred)).toList();
        disclosure.adds(referred, sourceCounts);
        List<OutcomeReport.Wait> bySource = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            ReferralSource source = sources.get(i).getKey();
            bySource.add(wait(code(source), Words.of(source), sourceCounts.get(i), sources.get(i).getValue()));
        }
        return new OutcomeReport.ReferralWaits(wait("all", "Everyone", referred, tally.waits), bySource);
    }

    private OutcomeReport.Wait wait(String source, String label, Count referred, Tally.Waits waits) {
        Count accepted = disclosure.count(waits.toAcceptance.size());
        Count contacted = disclosure.count(waits.toFirstContact.size());
        disclosure.within(referred, accepted);
        disclosure.within(referred, contacted);
        List<BigDecimal> toAcceptance = waits.toAcceptance.stream().sorted().map(BigDecimal::valueOf).toList();
        List<BigDecimal> toFirstContact = waits.toFirstContact.stream().sorted().map(BigDecimal::valueOf).toList();
        return new OutcomeReport.Wait(source, label, referred.figure(), accepted.figure(),
                disclosure.statistic(median(toAcceptance), toAcceptance), contacted.figure(),
                disclosure.statistic(median(toFirstContact), toFirstContact));
    }

    /**
     * The supported who made a progression besides paid work in the period: any, and of each kind (one person may
     * make several, so the kinds do not add up to any). Never job outcomes (docs/measures.md, "Progressions").
     */
    OutcomeReport.Progressions progressions() {
        Count all = peopleSupported();
        Count any = disclosure.count(tally.progressed);
        disclosure.within(all, any);
        List<Portion> byKind = Arrays.stream(ProgressionKind.values()).map(kind -> {
            Count n = disclosure.count(tally.progressedBy[kind.ordinal()]);
            disclosure.within(any, n);
            return new Portion(code(kind), kind.label(), n.figure(), disclosure.percentage(n, all));
        }).toList();
        return new OutcomeReport.Progressions(any.figure(), disclosure.percentage(any, all), byKind);
    }

    /**
     * The supported who scored themselves again in the period, and the average change in each area from their first
     * self-assessment to their latest in the period (one decimal; suppressed for commissioners under five people).
     */
    OutcomeReport.DistanceTravelled distanceTravelled() {
        Count all = peopleSupported();
        Count people = disclosure.count(tally.distances.size());
        disclosure.within(all, people);
        List<OutcomeReport.AreaChange> areas = new ArrayList<>();
        for (int i = 0; i < OutcomeReport.AREAS.size(); i++) {
            int area = i;
            List<BigDecimal> changes = tally.distances.stream().map(d -> BigDecimal.valueOf(d[area])).toList();
            BigDecimal average = changes.isEmpty() ? null : changes.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(changes.size()), 1, RoundingMode.HALF_UP);
            areas.add(new OutcomeReport.AreaChange(OutcomeReport.AREAS.get(i)[0], OutcomeReport.AREAS.get(i)[1],
                    disclosure.statistic(average, changes)));
        }
        return new OutcomeReport.DistanceTravelled(people.figure(), areas);
    }

    /** How many of the supported had reached each stage by the end of the period (stages may be skipped). */
    List<Portion> stageFunnel() {
        Count all = peopleSupported();
        return Arrays.stream(Stage.values()).map(stage -> {
            Count n = disclosure.count(tally.stageReached[stage.ordinal()]);
            disclosure.within(all, n);
            return new Portion(code(stage), Words.of(stage), n.figure(), disclosure.percentage(n, all));
        }).toList();
    }

    /** People may be in several client groups, or none: these groups are not a sum of the whole service. */
    List<Cohort> byClientGroup() {
        return cohorts("client_group", groups(tally.byClientGroup), false);
    }

    List<Cohort> bySupportLevel() {
        return cohorts("support_level", groups(tally.bySupportLevel), true);
    }

    List<Cohort> byAgeBand() {
        return cohorts("age_band", groups(tally.byAgeBand), true);
    }

    List<Cohort> byGender() {
        return cohorts("gender", groups(tally.byGender), true);
    }

    /** Local authorities as recorded, in alphabetical order; only those with people supported. */
    List<Cohort> byLocalAuthority() {
        return cohorts("local_authority", tally.byLocalAuthority.entrySet().stream()
                .map(area -> new Group(area.getKey(), area.getKey(), counts(area.getValue()))).toList(), true);
    }

    /** Nationally, each provider sharing the programme (code to name, in the order given): every person is at one. */
    List<Cohort> byProvider(Map<String, String> providers) {
        return cohorts("provider", providers.entrySet().stream()
                .map(p -> new Group(p.getKey(), p.getValue(),
                        counts(tally.byProvider.getOrDefault(p.getKey(), new Tally.Counts()))))
                .toList(), true);
    }

    /** One group of a breakdown and its counts. */
    private record Group(String category, String label, CohortCounts counts) {
    }

    private <E extends Enum<E>> List<Group> groups(Map<E, Tally.Counts> byValue) {
        return byValue.entrySet().stream()
                .map(e -> new Group(code(e.getKey()), Words.of(e.getKey()), counts(e.getValue()))).toList();
    }

    /** The groups' cohorts; where each person is in exactly one group, every count of the groups adds up to the whole's. */
    private List<Cohort> cohorts(String breakdown, List<Group> groups, boolean eachPersonInOne) {
        if (groups.isEmpty()) {
            return List.of();
        }
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
