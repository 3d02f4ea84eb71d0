package io.waymark.web;

import io.quarkus.qute.TemplateExtension;
import io.waymark.common.Words;
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
        return Words.of(value);
    }
}
