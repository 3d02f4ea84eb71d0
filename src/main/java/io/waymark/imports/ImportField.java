package io.waymark.imports;

import io.waymark.customfield.CustomFieldView;
import io.waymark.customfield.FieldKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    /**
     * One of the organisation's own fields of the client record, read as {@code custom.<key>} and checked by the
     * same service as the API's; a list's several values are separated by ; in the cell.
     */
    public static ImportField own(CustomFieldView field) {
        return new ImportField(field.formId(), field.label(), "Your field: " + field.kind().label()
                + (field.kind() == FieldKind.SEVERAL_OF ? ", separated by ;" : "") + ".", field.options(),
                field.required());
    }

    /** The fields of a kind: the clients and jobs files read the organisation's own fields besides Waymark's. */
    static List<ImportField> of(ImportKind kind, Map<ImportKind, List<ImportField>> own) {
        List<ImportField> all = new java.util.ArrayList<>(kind.fields);
        all.addAll(own.getOrDefault(kind, List.of()));
        return all;
    }

    /** A field that takes one of a list's codes (its label is taken too: "No One Left Behind"). */
    static ImportField listed(String name, String heading, String meaning, Class<? extends Enum<?>> list,
            boolean required) {
        return new ImportField(name, heading, meaning,
                Arrays.stream(list.getEnumConstants()).map(Enum::name).toList(), required);
    }
}
