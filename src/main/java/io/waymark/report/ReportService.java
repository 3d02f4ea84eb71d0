package io.waymark.report;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.customfield.CustomFieldService;
import io.waymark.lists.Programme;
import io.waymark.organisation.Organisation;
import io.waymark.organisation.OrganisationService;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.outcome.OutcomeRule;
import io.waymark.report.Disclosure.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Outcome reports and quarterly returns: for the service's own staff in full, and for its funders' commissioners
 * with small counts suppressed.
 */
@ApplicationScoped
public class ReportService {

    /** Quarters shown in the trend, ending with the quarter the period ends in. */
    static final int TREND_QUARTERS = 4;

    /** A period at least this long is compared with the NDTi's annual cost figures without a warning. */
    private static final long ABOUT_A_YEAR_DAYS = 360;

    static final List<String> NDTI_CAVEATS = List.of(
            "The NDTi figures come from 70 English services in 2011/12 and 2012/13, self-reported, in the prices of"
                    + " those years (not adjusted for inflation).",
            "Services in the NDTi study counted a job differently (most from one hour of paid work a week); Waymark"
                    + " counts any paid job at or above the minimum wage, and self-employment.",
            "Costs are those entered for the period, pro rata by day; a cost left out makes the service look cheaper.");

    /** The NDTi rates are of a year's people; a shorter period counts fewer outcomes per person supported. */
    static final String SHORT_PERIOD_RATE = "This period is shorter than a year, and the NDTi job outcome rates are"
            + " annual (the people a service supported in a year, and how many of them got a job): a shorter period"
            + " gives people less time to find work, so its rate is not comparable with the band. Run the report over"
            + " twelve months to compare.";

    @Inject
    CustomFieldService fields;

    @Inject
    ReportFacts facts;

    /** Costs are each provider's own, entered for its own service: a national report does not add them up. */
    private static final CostEffectiveness NATIONAL_COST = new CostEffectiveness(false, Figure.NONE, Figure.NONE,
            Figure.NONE, List.of(), List.of("Costs are entered by each provider for its own service, so a national"
                    + " cost per job outcome is not worked out from them."));

    @Inject
    ServiceCostService costs;

    @Inject
    OrganisationService organisations;

    @Inject
    FunderService funders;

    @Inject
    ProgrammeSharingService sharing;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    Clock clock;

    /**
     * A whole programme at national scale takes tens of seconds the first time (35 s at scale 1 on a slow machine,
     * docs/performance.md): more than the default minute of a transaction would leave for one twice that size.
     */
    private static final int NATIONAL_TIMEOUT_SECONDS = 600;

    /** National reports are worked out one at a time on each server; the others wait up to half a minute. */
    private final OneAtATime nationalTurns = new OneAtATime(Duration.ofSeconds(30));

    /** The report of the signed-in user's own service, every figure shown. */
    @Transactional
    public OutcomeReport ownService(ReportPeriod period, ReportFilter filter, UUID definition) {
        Organisation service = organisations.current();
        return report(new FundedService(service.code, service.name), ReportFacts.Scope.service(service.code),
                period, filter.withOwnField(fields), definition, false);
    }

    /** The report of a service the signed-in commissioner's funder funds, small counts suppressed. */
    @Transactional
    public OutcomeReport fundedService(String serviceCode, ReportPeriod period, ReportFilter filter, UUID definition) {
        // A commissioner has no organisation, so of the definitions only the shipped (funders') ones are theirs to use.
        FundedService service = funders.fundedService(serviceCode);
        refuseDifferencing(period, filter);
        return report(service, ReportFacts.Scope.service(service.code()), period, filter, definition, true);
    }

    /**
     * The signed-in national commissioner's programme across every provider that shares it with them, by provider and
     * the usual breakdowns, small counts suppressed as for any commissioner.
     */
    @Transactional
    @TransactionConfiguration(timeout = NATIONAL_TIMEOUT_SECONDS)
    public OutcomeReport national(ReportPeriod period, UUID definition) {
        Programme programme = sharing.programmeOfCurrentLead();
        refuseDifferencing(period, ReportFilter.EVERYONE);
        return national(programme, period, definition, true);
    }

    /** The signed-in national commissioner's programme. */
    public Programme nationalProgramme() {
        return sharing.programmeOfCurrentLead();
    }

    public String nationalReturnFileName(ReportPeriod quarter) {
        return returnFileName("national-" + nationalProgramme().name().toLowerCase().replace('_', '-'), quarter);
    }

    /** The national report, with every figure shown when {@code forCommissioner} is false (for the tests that add up). */
    OutcomeReport national(Programme programme, ReportPeriod period, UUID definition, boolean forCommissioner) {
        FundedService national = new FundedService(programme.name(), programme.label() + ", every provider sharing its figures");
        return nationalTurns.run(() -> report(national, ReportFacts.Scope.programme(programme), period,
                ReportFilter.EVERYONE, definition, forCommissioner));
    }

    /**
     * A commissioner reads whole quarters of the whole service: two overlapping periods, or a filtered report beside
     * the unfiltered one, could be set against each other to work out a count hidden in both. The breakdowns and the
     * trend show the groups and the other quarters, each protected on its own.
     */
    private static void refuseDifferencing(ReportPeriod period, ReportFilter filter) {
        if (!period.equals(ReportPeriod.quarterContaining(period.from()))) {
            throw new InvalidInput("quarter", "a commissioner's report covers one calendar quarter; write it as 2025-Q3");
        }
        if (!filter.equals(ReportFilter.EVERYONE)) {
            throw new InvalidInput(filter.firstGiven(), "a commissioner's report is of the whole service; its breakdowns"
                    + " show each group");
        }
    }

    /** The return's file name, less its extension: the service's code is added when it is not the reader's own. */
    public static String returnFileName(String otherService, ReportPeriod quarter) {
        return "waymark-quarterly-return-" + (otherService == null ? "" : otherService + "-") + quarter.label();
    }

    /**
     * Every period's tally is counted from the same facts, read one provider at a time: a national report is the sum of
     * its providers' tallies, so it needs the memory of its largest provider, not of the whole programme. A national
     * report (its scope is a programme) is broken down by provider and shows no costs.
     */
    private OutcomeReport report(FundedService service, ReportFacts.Scope scope, ReportPeriod period,
            ReportFilter filter, UUID definitionId, boolean forCommissioner) {
        OutcomeDefinitionService.NamedRule definition = definitionId == null ? null : definition(definitionId);
        OutcomeRule rule = definition == null ? null : definition.rule();
        LocalDate today = LocalDate.now(clock);
        List<ReportPeriod> quarters = period.quartersEndingHere(TREND_QUARTERS);
        List<ReportPeriod> periods = new ArrayList<>(quarters);
        periods.add(period);
        Map<ReportPeriod, Tally> tallies = Tally.emptyFor(periods);
        LocalDate since = periods.stream().map(ReportPeriod::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate upTo = periods.stream().map(ReportPeriod::to).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, String> providers = facts.read(scope, since, upTo, clients -> tallies.forEach(
                (each, tally) -> tally.add(Tally.of(clients, each, filter, rule, today))));
        Report whole = new Report(service, tallies, filter, definition, providers, scope.national());
        List<OutcomeReport.QuarterTrend> trend = new ArrayList<>();
        for (ReportPeriod quarter : quarters) {
            // A commissioner sees each quarter as that quarter's own report shows it, so that no two disagree.
            Cohort total = forCommissioner
                    ? of(whole, quarter, Disclosure.forCommissioner(), List.of()).total()
                    : new OutcomeMeasures(tallies.get(quarter), Disclosure.full()).total();
            trend.add(new OutcomeReport.QuarterTrend(quarter.label(), total.peopleSupported(),
                    total.peopleWithJobOutcome(), total.jobOutcomeRate()));
        }
        return of(whole, period, forCommissioner ? Disclosure.forCommissioner() : Disclosure.full(), trend);
    }

    /** What every period of one report shares. */
    private record Report(FundedService service, Map<ReportPeriod, Tally> tallies, ReportFilter filter,
            OutcomeDefinitionService.NamedRule definition, Map<String, String> providers, boolean national) {
    }

    /** Every figure of one period, then the counts hidden that would give a small one away. */
    private OutcomeReport of(Report report, ReportPeriod period, Disclosure disclosure,
            List<OutcomeReport.QuarterTrend> trend) {
        OutcomeMeasures measures = new OutcomeMeasures(report.tallies().get(period), disclosure);
        return assemble(report.service(), period, report.filter(),
                report.definition() == null ? null : report.definition().name(), measures, disclosure,
                report.national() ? total -> NATIONAL_COST
                        : total -> cost(report.service(), period, report.filter(), measures, total, disclosure),
                trend, report.providers());
    }

    /** The report from its measures; the disclosure protects it last, once every count and sum is known. */
    static OutcomeReport assemble(FundedService service, ReportPeriod period, ReportFilter filter, String countedUnder,
            OutcomeMeasures measures, Disclosure disclosure, Function<Cohort, CostEffectiveness> cost,
            List<OutcomeReport.QuarterTrend> trend, Map<String, String> providers) {
        List<Long> days = measures.daysToFirstJob();
        Cohort total = measures.total();
        OutcomeReport report = new OutcomeReport(service.code(), service.name(), period.from(), period.to(),
                period.label(), filter, countedUnder,
                total, measures.outcomeTypes(), measures.hours(), measures.sustainment(),
                measures.sustainmentAnswers(), measures.disagreements(),
                measures.medianDaysToFirstJob(), disclosure.count(days.size()).figure(), measures.stageFunnel(),
                measures.byClientGroup(), measures.bySupportLevel(), measures.byAgeBand(), measures.byGender(),
                measures.byLocalAuthority(), measures.byProvider(providers), measures.referralWaits(), measures.progressions(),
                measures.distanceTravelled(), cost.apply(total),
                trend);
        disclosure.protect();
        return report;
    }

    private OutcomeDefinitionService.NamedRule definition(UUID id) {
        try {
            return definitions.rule(id);
        } catch (RecordNotFound e) {
            throw new InvalidInput("definition", "there is no outcome definition with this id");
        }
    }

    private CostEffectiveness cost(FundedService service, ReportPeriod period, ReportFilter filter,
            OutcomeMeasures measures, Cohort total, Disclosure disclosure) {
        NdtiBenchmark.Comparison rate = NdtiBenchmark.JOB_OUTCOME_RATE.compare(total.jobOutcomeRate());
        boolean shorterThanAYear = period.days() < ABOUT_A_YEAR_DAYS;
        List<String> caveats = new ArrayList<>();
        if (shorterThanAYear) {
            caveats.add(SHORT_PERIOD_RATE);
        }
        if (!filter.canBeCosted()) {
            caveats.add("Costs are entered for the whole service or for a funding stream, so they are not split"
                    + " by team, worker, area or client characteristics: remove those filters to see costs.");
            return new CostEffectiveness(false, Figure.NONE, Figure.NONE, Figure.NONE, List.of(rate), caveats);
        }
        BigDecimal cost = costs.costOf(service.code(), period, filter.programme());
        if (cost == null) {
            caveats.add("No costs have been entered for " + (filter.programme() == null ? "this period"
                    : "this funding stream in this period") + "; a manager can enter them on the reports page.");
            return new CostEffectiveness(false, Figure.NONE, Figure.NONE, Figure.NONE, List.of(rate), caveats);
        }
        Count supported = measures.peopleSupported();
        Count withOutcome = measures.peopleWithJobOutcome();
        Figure perPerson = disclosure.derived(divide(cost, supported), supported);
        Figure perOutcome = disclosure.derived(divide(cost, withOutcome), withOutcome);
        if (shorterThanAYear) {
            caveats.add(0, "This period is shorter than a year, and the NDTi costs are annual: cost per person"
                    + " supported is not comparable with them. Run the report over twelve months to compare.");
        }
        caveats.addAll(NDTI_CAVEATS);
        return new CostEffectiveness(true, Figure.of(cost), perPerson, perOutcome,
                List.of(NdtiBenchmark.COST_PER_PERSON_SUPPORTED.compare(perPerson),
                        NdtiBenchmark.COST_PER_JOB_OUTCOME.compare(perOutcome), rate),
                caveats);
    }

    private static BigDecimal divide(BigDecimal cost, Count people) {
        return people.n() == 0 ? null : cost.divide(BigDecimal.valueOf(people.n()), 2, RoundingMode.HALF_UP);
    }
}
