package io.waymark.lists;

import io.waymark.common.Labelled;

/** The programme or funding stream the client is supported under. */
public enum Programme implements Labelled {
    FAIR_START_SCOTLAND("Fair Start Scotland"),
    NO_ONE_LEFT_BEHIND("No One Left Behind"),
    LOCAL_AUTHORITY_FUNDED("Local authority funded"),
    IPS("Individual Placement and Support (IPS)"),
    OTHER("Other");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
