package io.waymark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.waymark.report.Disclosure.Count;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secondary suppression on small sums: what a commissioner sees of a total and its parts. */
class DisclosureTest {

    /** The total and its parts as shown, after protection. */
    private static List<String> shown(Disclosure disclosure, long total, long... parts) {
        Count whole = disclosure.count(total);
        List<Count> counts = Arrays.stream(parts).mapToObj(disclosure::count).toList();
        disclosure.adds(whole, counts);
        disclosure.protect();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(whole), counts.stream())
                .map(c -> c.figure().toString()).toList();
    }

    @Test
    void aSingleHiddenPartHidesTheNextSmallestToo() {
        // 10 due: 6 in employment, 4 not. Without the second suppression, 10 - 6 = 4.
        assertEquals(List.of("10", "suppressed", "<5", "0", "0", "0"), shown(Disclosure.forCommissioner(), 10, 6, 4, 0, 0, 0));
        assertEquals(List.of("20", "12", "suppressed", "<5", "0", "0"), shown(Disclosure.forCommissioner(), 20, 12, 6, 2, 0, 0));
    }

    @Test
    void twoHiddenPartsThatCouldOnlyBeOnesOrFoursAreProtectedToo() {
        // gained 7, retained 1, self-employed 1, total 9: the two hidden add up to 2, so each is 1.
        assertEquals(List.of("9", "suppressed", "<5", "<5"), shown(Disclosure.forCommissioner(), 9, 7, 1, 1));
        // 8 = 4 + 4: both hidden, and the only shown count left is the total.
        assertEquals(List.of("suppressed", "<5", "<5"), shown(Disclosure.forCommissioner(), 8, 4, 4));
    }

    @Test
    void hiddenPartsThatCannotBeWorkedOutNeedNothingMore() {
        assertEquals(List.of("16", "12", "<5", "<5", "0", "0"), shown(Disclosure.forCommissioner(), 16, 12, 2, 2, 0, 0));
        assertEquals(List.of("11", "6", "5", "0", "0", "0"), shown(Disclosure.forCommissioner(), 11, 6, 5, 0, 0, 0));
    }

    @Test
    void whatIsLeftOfATotalIsProtectedAsIfItWereShown() {
        Disclosure disclosure = Disclosure.forCommissioner();
        Count supported = disclosure.count(6);
        Count reached = disclosure.count(5);
        disclosure.within(supported, reached);
        disclosure.protect();
        // 6 supported, 5 reached the stage: 1 did not. One of the two must go.
        assertEquals("suppressed", reached.figure().toString());
        assertEquals("6", supported.figure().toString());
    }

    @Test
    void aFigureWorkedOutFromAHiddenCountIsHiddenToo() {
        Disclosure disclosure = Disclosure.forCommissioner();
        Count due = disclosure.count(10);
        Count inWork = disclosure.count(6);
        disclosure.within(due, inWork);
        Figure rate = disclosure.percentage(inWork, due);
        assertEquals("60.0", rate.toString());
        Count notInWork = disclosure.count(4);
        disclosure.adds(due, inWork, notInWork);
        disclosure.protect();
        assertEquals("suppressed", rate.toString());
    }

    @Test
    void theServicesOwnStaffSeeEveryCount() {
        assertEquals(List.of("10", "6", "4", "0", "0", "0"), shown(Disclosure.full(), 10, 6, 4, 0, 0, 0));
    }

    @Test
    void oneSFiguresSuchAsTheLeastOrMostHoursAreNeverShownToACommissioner() {
        assertEquals("suppressed", Disclosure.forCommissioner().individual(BigDecimal.valueOf(4.5)).toString());
        assertEquals("4.5", Disclosure.full().individual(BigDecimal.valueOf(4.5)).toString());
        // A median of many values is shown to a commissioner; one person's least or most hours never is.
        assertEquals("16", Disclosure.forCommissioner().statistic(BigDecimal.valueOf(16), List.of(1, 2, 3, 4, 5, 6)).toString());
    }
}
