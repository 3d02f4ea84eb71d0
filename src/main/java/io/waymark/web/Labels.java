package io.waymark.web;

import io.quarkus.qute.TemplateExtension;

/** Template helpers: reference-list values read as words ("in work support", not IN_WORK_SUPPORT). */
@TemplateExtension
public final class Labels {

    private Labels() {
    }

    static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
