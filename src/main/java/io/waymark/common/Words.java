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
}
