package io.waymark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A national report adds up its providers' tallies, read one provider at a time: the report it gives is the report of
 * all the programme's people counted at once, figure for figure, shown in full or protected for a commissioner.
 */
class TallyTest {

    private static final ReportPeriod QUARTER = ReportPeriod.quarter(2025, 3);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @ParameterizedTest
    @CsvSource({"60, 4, 21, false", "600, 12, 22, false", "600, 12, 23, true", "3000, 40, 24, true"})
    void theProvidersTalliesAddUpToThePeopleCountedAtOnce(int people, int providers, long seed, boolean forCommissioner)
            throws Exception {
        Random random = new Random(seed);
        Map<String, String> names = new LinkedHashMap<>();
        for (int p = 0; p < providers; p++) {
            names.put("provider-" + p, "Provider " + p);
        }
        // In the providers' order, as they are read, so that lists of people (disagreements) come in the same order.
        List<ClientFacts> clients = SubtractionAtScaleTest.population(people, random).stream()
                .map(c -> new ClientFacts(c.id(), "provider-" + random.nextInt(providers), c.teamId(), c.workerId(),
                        c.dateOfBirth(), c.gender(), c.localAuthority(), c.programme(), c.supportLevel(), c.groups(),
                        c.referralDate(), c.consentDate(), c.closedOn(), c.stageFirstReached(), c.jobs(), c.checks(), c.custom(),
                        c.referralSource(), c.daysToAcceptance(), c.firstContactOn(), c.progressions(),
                        c.selfAssessments()))
                .sorted(Comparator.comparing(ClientFacts::organisationCode,
                        Comparator.comparingInt(code -> List.copyOf(names.keySet()).indexOf(code))))
                .toList();

        Tally atOnce = Tally.of(clients, QUARTER, ReportFilter.EVERYONE, null, TODAY);
        Tally summed = Tally.empty(QUARTER);
        clients.stream().collect(Collectors.groupingBy(ClientFacts::organisationCode, LinkedHashMap::new, Collectors.toList()))
                .values().forEach(atOne -> summed.add(Tally.of(atOne, QUARTER, ReportFilter.EVERYONE, null, TODAY)));

        String whole = report(atOnce, names, forCommissioner);
        assertEquals(whole, report(summed, names, forCommissioner));
        // Not a sum of nothing: people with jobs, at every provider.
        assertTrue(atOnce.everyone.withOutcome >= 4, "people with a job outcome: " + atOnce.everyone.withOutcome);
        assertEquals(providers, JSON.readTree(whole).path("byProvider").size());
    }

    private static String report(Tally tally, Map<String, String> providers, boolean forCommissioner) throws Exception {
        Disclosure disclosure = forCommissioner ? Disclosure.forCommissioner() : Disclosure.full();
        OutcomeReport report = ReportService.assemble(new FundedService("IPS", "IPS nationally"), QUARTER,
                ReportFilter.EVERYONE, null, new OutcomeMeasures(tally, disclosure), disclosure,
                total -> new CostEffectiveness(false, Figure.NONE, Figure.NONE, Figure.NONE, List.of(), List.of()),
                List.of(), providers);
        return JSON.writeValueAsString(report);
    }
}
