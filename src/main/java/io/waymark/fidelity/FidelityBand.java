package io.waymark.fidelity;

import io.waymark.common.Labelled;

/** The bands of the IPS Fidelity Scale's total (25 to 125). */
public enum FidelityBand implements Labelled {
    EXEMPLARY("Exemplary fidelity", 115),
    GOOD("Good fidelity", 100),
    FAIR("Fair fidelity", 74),
    NOT_IPS("Not supported employment (IPS)", 25);

    private final String label;
    private final int from;

    FidelityBand(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public static FidelityBand of(int total) {
        for (FidelityBand band : values()) {
            if (total >= band.from) {
                return band;
            }
        }
        return NOT_IPS;
    }

    @Override
    public String label() {
        return label;
    }
}
