package io.waymark.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One column Waymark reads from an import file: its field name, the heading of the template, what it means, the
 * values it takes (empty: free text, a date or a number as {@code meaning} says) and whether a row needs it.
 */
public record ImportField(String name, String heading, String meaning, List<String> allowed, boolean required) {

    static ImportField required(String name, String heading, String meaning) {
        return new ImportField(name, heading, meaning, List.of(), true);
    }

    static ImportField optional(String name, String heading, String meaning) {
        return new ImportField(name, heading, meaning, List.of(), false);
    }

    /** A field that takes one of a list's codes (its label is taken too: "No One Left Behind"). */
    static ImportField listed(String name, String heading, String meaning, Class<? extends Enum<?>> list,
            boolean required) {
        return new ImportField(name, heading, meaning,
                Arrays.stream(list.getEnumConstants()).map(Enum::name).toList(), required);
    }
}
