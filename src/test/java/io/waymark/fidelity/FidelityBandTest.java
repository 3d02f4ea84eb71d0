package io.waymark.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The IPS Fidelity Scale's bands at their edges (domain.md). */
class FidelityBandTest {

    @Test
    void totalsFallIntoTheScalesBands() {
        assertEquals(FidelityBand.NOT_IPS, FidelityBand.of(25));
        assertEquals(FidelityBand.NOT_IPS, FidelityBand.of(73));
        assertEquals(FidelityBand.FAIR, FidelityBand.of(74));
        assertEquals(FidelityBand.FAIR, FidelityBand.of(99));
        assertEquals(FidelityBand.GOOD, FidelityBand.of(100));
        assertEquals(FidelityBand.GOOD, FidelityBand.of(114));
        assertEquals(FidelityBand.EXEMPLARY, FidelityBand.of(115));
        assertEquals(FidelityBand.EXEMPLARY, FidelityBand.of(125));
    }
}
