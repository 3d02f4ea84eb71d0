package io.waymark.customfield;

import io.waymark.common.Labelled;

/** What an organisation's own field takes. */
public enum FieldKind implements Labelled {
    TEXT("Text"),
    NUMBER("Number"),
    DATE("Date"),
    YES_NO("Yes or no"),
    ONE_OF("One from a list"),
    SEVERAL_OF("Several from a list");

    private final String label;

    FieldKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** True for the kinds whose values come from the field's own list of options. */
    public boolean listed() {
        return this == ONE_OF || this == SEVERAL_OF;
    }
}
