package io.waymark.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a file's own headings to Waymark's fields. A heading the administrator matched before (remembered for the
 * organisation) keeps its field; otherwise a heading matches the field whose template heading or name it spells,
 * ignoring case, spaces and punctuation. A heading matched to nothing is left out of the import.
 */
final class ImportMapping {

    /** The field left out: a heading matched to it is not read. */
    static final String LEFT_OUT = "";

    private ImportMapping() {
    }

    /** Where each field is in a file's rows. */
    record Columns(List<String> headings, Map<String, Integer> indexOf, Map<String, String> chosen) {

        String value(String field, List<String> cells) {
            Integer index = indexOf.get(field);
            return index == null || index >= cells.size() ? null : cells.get(index);
        }

        String headingOf(String field, ImportKind kind) {
            Integer index = indexOf.get(field);
            return index != null ? headings.get(index)
                    : kind.field(field).map(ImportField::heading).orElse(field);
        }

        boolean has(String field) {
            return indexOf.containsKey(field);
        }
    }

    /**
     * The columns of a file with these headings: {@code chosen} (heading to field, from this upload or remembered)
     * first, then the headings that spell a field. Two headings for one field: the first is read.
     */
    static Columns match(List<ImportField> fields, List<String> headings, Map<String, String> chosen) {
        Map<String, Integer> indexOf = new HashMap<>();
        Map<String, String> used = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i) == null ? "" : headings.get(i).strip();
            String field = chosen.containsKey(heading) ? chosen.get(heading) : spelled(fields, heading);
            String named = field;
            if (field != null && !field.equals(LEFT_OUT) && fields.stream().anyMatch(f -> f.name().equals(named))
                    && !indexOf.containsKey(field)) {
                indexOf.put(field, i);
                used.put(heading, field);
            } else if (!heading.isEmpty()) {
                used.put(heading, LEFT_OUT);
            }
        }
        return new Columns(headings.stream().map(h -> h == null ? "" : h.strip()).toList(), indexOf, used);
    }

    /** The required fields no heading is matched to. */
    static List<ImportField> missing(List<ImportField> fields, Columns columns) {
        List<ImportField> missing = new ArrayList<>();
        fields.stream().filter(f -> f.required() && !columns.has(f.name())).forEach(missing::add);
        return missing;
    }

    private static String spelled(List<ImportField> fields, String heading) {
        String key = key(heading);
        return fields.stream().filter(f -> key(f.heading()).equals(key) || key(f.name()).equals(key))
                .map(ImportField::name).findFirst().orElse(null);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
