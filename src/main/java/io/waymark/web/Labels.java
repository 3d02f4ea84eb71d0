package io.waymark.web;

import io.quarkus.qute.TemplateExtension;
import io.waymark.common.Clocks;
import io.waymark.common.Words;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Template helpers every page shares: reference-list values as words ("In work support"), dates, amounts. */
@TemplateExtension
public final class Labels {

    private Labels() {
    }

    /** A moment as UK local time, to the second: "2026-11-23 09:30:05". */
    static String ukTime(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Clocks.UK).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    static LocalDate weekBefore(LocalDate day) {
        return day.minusWeeks(1);
    }

    static LocalDate weekAfter(LocalDate day) {
        return day.plusWeeks(1);
    }

    static LocalDate dayBefore(LocalDate day) {
        return day.minusDays(1);
    }

    static LocalDate dayAfter(LocalDate day) {
        return day.plusDays(1);
    }

    /** A form value or error of one of several like forms on a page, by its id: {@code values.field('hours-', f.id)}. */
    static String field(Map<String, String> byId, String prefix, Object id) {
        return byId.get(prefix + id);
    }

    /** True when a choice of records of several kinds is this one: {@code values.chose('placement', 'team', t.id)}. */
    static boolean chose(Map<String, String> values, String id, String kind, Object record) {
        return (kind + ":" + record).equals(values.get(id));
    }

    /** True when a form's errors name a field whose id starts so: {@code errors.anyStarting('custom.')}. */
    static boolean anyStarting(Map<String, String> byId, String prefix) {
        return byId.keySet().stream().anyMatch(id -> id.startsWith(prefix));
    }

    /** Values one to a line, as a textarea shows a list. */
    static String lines(List<String> values) {
        return String.join("\n", values);
    }

    /** True when one of the lines of a form's value (a list of chosen options, one to a line) is {@code line}. */
    static boolean hasLine(Map<String, String> values, String id, String line) {
        String joined = values.get(id);
        return joined != null && joined.lines().anyMatch(line::equals);
    }

    static String label(Enum<?> value) {
        return Words.of(value);
    }

    /** An amount as read: "£15,920.00". */
    public static String inPounds(BigDecimal amount) {
        return new DecimalFormat("£#,##0.00").format(amount); // DecimalFormat is not thread-safe: one per use
    }
}
