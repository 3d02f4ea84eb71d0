package io.waymark.customfield;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organisation's own fields as a page's form sends them ({@code tags/customFields.html}): each asked field sends
 * its key and its value in step; a list's checkboxes send a value of "" and each ticked option as {@code key=option}.
 */
public final class OwnFieldsForm {

    private OwnFieldsForm() {
    }

    /** The values as sent, by key; null when the form asked none (then none changes). */
    public static Map<String, Object> values(List<String> keys, List<String> values, List<String> choices) {
        if (keys == null || keys.isEmpty()) {
            return null;
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            List<String> chosen = choices == null ? List.of() : choices.stream()
                    .filter(choice -> choice.startsWith(key + "=")).map(choice -> choice.substring(key.length() + 1))
                    .toList();
            custom.put(key, chosen.isEmpty() ? (values != null && i < values.size() ? values.get(i) : null) : chosen);
        }
        return custom;
    }

    /** The values as the form's fields show them, by the fields' ids ({@code custom.<key>}). */
    public static Map<String, String> typed(Map<String, Object> custom) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (custom != null) {
            custom.forEach((key, value) -> typed.put(CustomFieldService.PREFIX + key, value == null ? "" : typed(value)));
        }
        return typed;
    }

    /** A stored value as its form field shows it: a list's options one to a line, yes or no. */
    private static String typed(Object value) {
        if (value instanceof Collection<?> options) {
            return options.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        return String.valueOf(value);
    }
}
