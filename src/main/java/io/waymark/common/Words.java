package io.waymark.common;

/** Reference-list values as words: "In work support", not IN_WORK_SUPPORT, unless the value has its own label. */
public final class Words {

    private Words() {
    }

    public static String of(Enum<?> value) {
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        String words = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A name from code as words: "hoursPerWeek", "JobOutcome" and "IN_WORK_SUPPORT" read "Hours per week", "Job outcome", "In work support". */
    public static String sentence(String name) {
        String words = name.contains("_") ? name.replace('_', ' ').toLowerCase()
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
