package io.waymark.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;

/** Template helpers: reference-list values read as words ("In work support", not IN_WORK_SUPPORT), and dates. */
@TemplateExtension
public final class Labels {

    private Labels() {
    }

    static LocalDate weekBefore(LocalDate day) {
        return day.minusWeeks(1);
    }

    static LocalDate weekAfter(LocalDate day) {
        return day.plusWeeks(1);
    }

    static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
