package io.waymark.common;

/** Reference-list values as words: "In work support", not IN_WORK_SUPPORT. */
public final class Words {

    private Words() {
    }

    public static String of(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
