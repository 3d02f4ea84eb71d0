package io.waymark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.JobHistory;
import io.waymark.outcome.OutcomeType;
import io.waymark.progression.ProgressionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commissioners' reports of services of many sizes, made up at random (the same each run), read by the attacker of
 * {@link SubtractionAttack}: no count of 1 to 4 is ever pinned down, and in a service of a fair size most counts are
 * still shown, so the protection is not bought by hiding everything.
 */
class SubtractionAtScaleTest {

    private static final ReportPeriod QUARTER = ReportPeriod.quarter(2025, 3);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final List<String> AREAS = List.of("Glasgow City", "North Lanarkshire", "Renfrewshire", "Inverclyde");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @ParameterizedTest
    @CsvSource({"12, 1", "25, 2", "40, 3", "80, 4", "150, 5", "400, 6", "2000, 7"})
    void noSmallCountCanBeWorkedOutFromAReportOfAnySize(int people, long seed) throws Exception {
        List<ClientFacts> clients = population(people, new Random(seed));
        Disclosure disclosure = Disclosure.forCommissioner();
        OutcomeMeasures measures = new OutcomeMeasures(clients, QUARTER, ReportFilter.EVERYONE, null, TODAY, disclosure);
        OutcomeReport report = ReportService.assemble(new FundedService("made-up", "Made Up"), QUARTER,
                ReportFilter.EVERYONE, null, measures, disclosure,
                total -> new CostEffectiveness(false, Figure.NONE, Figure.NONE, Figure.NONE, List.of(), List.of()),
                List.of(), Map.of());

        SubtractionAttack attack = new SubtractionAttack();
        attack.read(JSON.writeValueAsString(report));

        assertEquals(List.of(), attack.pinned(), people + " people: hidden counts worked out by subtraction");
        if (people >= 400) {
            assertTrue(attack.shownShare() > 0.5, "most counts of a service this size are shown: " + attack.shownShare());
        }
    }

    /** Nationally, each provider is one more breakdown whose counts add up to the whole programme's. */
    @ParameterizedTest
    @CsvSource({"60, 4, 11", "400, 12, 12", "3000, 40, 13"})
    void noSmallCountCanBeWorkedOutFromANationalReport(int people, int providers, long seed) throws Exception {
        Random random = new Random(seed);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (int p = 0; p < providers; p++) {
            names.put("provider-" + p, "Provider " + p);
        }
        List<ClientFacts> clients = population(people, random).stream()
                .map(c -> new ClientFacts(c.id(), "provider-" + random.nextInt(providers), c.teamId(), c.workerId(),
                        c.dateOfBirth(), c.gender(), c.localAuthority(), c.programme(), c.supportLevel(), c.groups(),
                        c.referralDate(), c.consentDate(), c.closedOn(), c.stageFirstReached(), c.jobs(), c.checks(), c.custom(),
                        c.referralSource(), c.daysToAcceptance(), c.firstContactOn(), c.progressions(),
                        c.selfAssessments()))
                .toList();
        Disclosure disclosure = Disclosure.forCommissioner();
        OutcomeMeasures measures = new OutcomeMeasures(clients, QUARTER, ReportFilter.EVERYONE, null, TODAY, disclosure);
        OutcomeReport report = ReportService.assemble(new FundedService("IPS", "IPS nationally"), QUARTER,
                ReportFilter.EVERYONE, null, measures, disclosure,
                total -> new CostEffectiveness(false, Figure.NONE, Figure.NONE, Figure.NONE, List.of(), List.of()),
                List.of(), names);
        assertEquals(providers, report.byProvider().size());

        SubtractionAttack attack = new SubtractionAttack();
        attack.read(JSON.writeValueAsString(report));

        assertEquals(List.of(), attack.pinned(), people + " people at " + providers + " providers: hidden counts worked out");
        assertTrue(attack.hiddenCounts() > 0, "some providers' counts are small");
    }

    /** People of every kind, some with a job, some with checks due, as a service of this size might have. */
    static List<ClientFacts> population(int size, Random random) {
        // Its own stream, so that the rest of each made-up population is the one it always was.
        Random progressing = new Random(size);
        List<ClientFacts> clients = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate referred = LocalDate.of(2024, 6, 1).plusDays(random.nextInt(450));
            LocalDate consented = random.nextInt(10) == 0 ? null : referred.plusDays(7);
            Map<Stage, LocalDate> reached = new EnumMap<>(Stage.class);
            int stages = 1 + random.nextInt(5);
            for (int s = 0; s < stages; s++) {
                reached.put(Stage.values()[s], referred.plusDays(30L * s));
            }
            List<JobHistory> jobs = new ArrayList<>();
            List<SustainmentCheck> checks = new ArrayList<>();
            if (consented != null && random.nextInt(100) < 45) {
                LocalDate start = consented.plusDays(20 + random.nextInt(200));
                UUID job = UUID.randomUUID();
                TreeMap<LocalDate, BigDecimal> hours = new TreeMap<>();
                hours.put(start, BigDecimal.valueOf(3 + random.nextInt(33)));
                OutcomeType type = random.nextInt(10) < 7 ? OutcomeType.GAINED
                        : random.nextBoolean() ? OutcomeType.RETAINED : OutcomeType.SELF_EMPLOYED;
                LocalDate end = random.nextInt(5) == 0 ? start.plusDays(60 + random.nextInt(120)) : null;
                jobs.add(new JobHistory(job, type, start, end, hours));
                for (int weeks : List.of(13, 26)) {
                    LocalDate due = start.plusWeeks(weeks);
                    FollowUpAnswer answer = random.nextInt(6) == 0 ? null
                            : FollowUpAnswer.values()[random.nextInt(FollowUpAnswer.values().length)];
                    checks.add(new SustainmentCheck(job, weeks + " weeks", due, answer, answer == null ? null : due,
                            answer == FollowUpAnswer.UNKNOWN ? "not reached" : null));
                }
            }
            Set<ClientGroup> groups = EnumSet.of(ClientGroup.values()[random.nextInt(ClientGroup.values().length)]);
            Gender gender = random.nextInt(20) == 0 ? Gender.values()[2 + random.nextInt(Gender.values().length - 2)]
                    : random.nextBoolean() ? Gender.WOMAN : Gender.MAN;
            clients.add(new ClientFacts(UUID.randomUUID(), "at-scale", null, null, LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1),
                    gender, AREAS.get(random.nextInt(AREAS.size())), Programme.values()[random.nextInt(Programme.values().length)],
                    SupportLevel.values()[random.nextInt(SupportLevel.values().length)], groups, referred, consented,
                    null, reached, jobs, checks, Map.of(), ReferralSource.SELF_REFERRAL, null, null,
                    progressions(progressing), List.of()));
        }
        return clients;
    }

    /** A quarter of the people made one or two progressions besides paid work in the quarter, of any kind. */
    private static List<ProgressionFact> progressions(Random random) {
        List<ProgressionFact> made = new ArrayList<>();
        for (int i = random.nextInt(8); i < 2; i++) {
            made.add(new ProgressionFact(ProgressionKind.values()[random.nextInt(ProgressionKind.values().length)],
                    QUARTER.from().plusDays(random.nextInt(80))));
        }
        return made;
    }
}
