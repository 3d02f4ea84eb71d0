package io.waymark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers at a check add up to those due, so one hidden answer count must not be worked out by subtraction. */
class DisclosureTest {

    private static List<String> shown(Disclosure disclosure, long total, long... parts) {
        List<Disclosure.Count> counts = java.util.Arrays.stream(parts).mapToObj(disclosure::count).toList();
        return disclosure.parts(disclosure.count(total), counts).stream().map(Figure::toString).toList();
    }

    @Test
    void aSingleHiddenPartHidesTheNextSmallestToo() {
        // 10 due: 6 in employment, 4 not. Without the second suppression, 10 - 6 = 4.
        assertEquals(List.of("suppressed", "<5", "0", "0", "0"),
                shown(Disclosure.SMALL_COUNTS_SUPPRESSED, 10, 6, 4, 0, 0, 0));
        assertEquals(List.of("12", "suppressed", "<5", "0", "0"),
                shown(Disclosure.SMALL_COUNTS_SUPPRESSED, 20, 12, 6, 2, 0, 0));
    }

    @Test
    void twoHiddenPartsOrNoneNeedNothingMore() {
        assertEquals(List.of("12", "<5", "<5", "0", "0"), shown(Disclosure.SMALL_COUNTS_SUPPRESSED, 16, 12, 2, 2, 0, 0));
        assertEquals(List.of("6", "5", "0", "0", "0"), shown(Disclosure.SMALL_COUNTS_SUPPRESSED, 11, 6, 5, 0, 0, 0));
    }

    @Test
    void theServicesOwnStaffSeeEveryCount() {
        assertEquals(List.of("6", "4", "0", "0", "0"), shown(Disclosure.FULL, 10, 6, 4, 0, 0, 0));
    }

    @Test
    void oneSFiguresSuchAsTheLeastOrMostHoursAreNeverShownToACommissioner() {
        assertEquals("suppressed", Disclosure.SMALL_COUNTS_SUPPRESSED.individual(java.math.BigDecimal.valueOf(4.5)).toString());
        assertEquals("4.5", Disclosure.FULL.individual(java.math.BigDecimal.valueOf(4.5)).toString());
        // A median of many values is shown to a commissioner; one person's least or most hours never is.
        assertEquals("16", Disclosure.SMALL_COUNTS_SUPPRESSED.statistic(java.math.BigDecimal.valueOf(16),
                List.of(1, 2, 3, 4, 5, 6)).toString());
    }
}
