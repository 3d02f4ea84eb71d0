package io.waymark.imports;

import io.waymark.common.DomainException;
import io.waymark.common.Labelled;
import io.waymark.common.StrictJson;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One row of an import file, by Waymark's field names, read as the pages read a form: each value parsed to its type,
 * and each problem kept against the column it came from (by the file's own heading) rather than stopping at the first.
 */
final class ImportRow {

    private static final DateTimeFormatter UK_DATE = strict("d/M/uuuu");
    private static final List<DateTimeFormatter> TIMES = List.of(strict("uuuu-MM-dd[ ]['T']H:mm[:ss]"),
            strict("d/M/uuuu H:mm[:ss]"));

    /** 31/02 is a mistake to name, not a date to move to the end of February. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    final ImportKind kind;
    final int number;
    final List<String> cells;
    private final ImportMapping.Columns columns;
    final List<ImportProblem> problems = new ArrayList<>();

    ImportRow(ImportKind kind, int number, List<String> cells, ImportMapping.Columns columns) {
        this.kind = kind;
        this.number = number;
        this.cells = cells;
        this.columns = columns;
    }

    /** True when the file has a column for the field. */
    boolean has(String field) {
        return columns.has(field);
    }

    /** The value, stripped; null when the cell is empty or the field has no column. */
    String text(String field) {
        String value = columns.value(field, cells);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        // Waymark's own downloads guard a cell that a spreadsheet would run as a formula with an apostrophe.
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
            if (StrictJson.inRange(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        problem(field, "is not a date (2026-03-31 or 31/03/2026)");
        return null;
    }

    /** A date, or a date and time, in {@code zone}; a date alone is taken as noon, a time of day nobody relies on. */
    OffsetDateTime moment(String field, ZoneId zone) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        LocalDate day = date(field);
        return day == null ? null : day.atTime(12, 0).atZone(zone).toOffsetDateTime();
    }

    /** One of a list's values, by its code (NO_ONE_LEFT_BEHIND) or its label ("No One Left Behind"). */
    <E extends Enum<E>> E listed(Class<E> list, String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        E found = find(list, value);
        if (found == null) {
            problem(field, "\"" + value + "\" is not one of " + String.join(", ", kind.field(field).orElseThrow().allowed()));
        }
        return found;
    }

    /** Several of a list's values, separated by ; (or ,). */
    <E extends Enum<E>> Set<E> several(Class<E> list, String field) {
        String value = text(field);
        EnumSet<E> found = EnumSet.noneOf(list);
        if (value == null) {
            return found;
        }
        for (String one : value.split("[;,]")) {
            if (!one.isBlank()) {
                E item = find(list, one.strip());
                if (item == null) {
                    problem(field, "\"" + one.strip() + "\" is not one of "
                            + String.join(", ", kind.field(field).orElseThrow().allowed()));
                } else {
                    found.add(item);
                }
            }
        }
        return found;
    }

    /** Several values of an organisation's list, by code or name, separated by ; (or ,); checked by the service. */
    List<String> severalOf(String field) {
        String value = text(field);
        List<String> found = new ArrayList<>();
        if (value != null) {
            for (String one : value.split("[;,]")) {
                if (!one.isBlank()) {
                    found.add(one.strip());
                }
            }
        }
        return found;
    }

    boolean yes(String field) {
        String value = text(field);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> {
                problem(field, "is not yes or no");
                yield false;
            }
        };
    }

    BigDecimal decimal(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace("£", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            problem(field, "is not a number");
            return null;
        }
    }

    Integer whole(String field) {
        BigDecimal value = decimal(field);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problem(field, "is not a whole number");
            return null;
        }
    }

    /** A problem at the field's column; only the first of a column is kept, the one to fix first. */
    void problem(String field, String message) {
        String column = columns.headingOf(field, kind);
        if (problems.stream().noneMatch(p -> p.column().equals(column))) {
            problems.add(new ImportProblem(kind.title, number, column, message));
        }
    }

    /**
     * A service's refusal, each error at the column of its field ({@code fieldOf} maps a request's names to ours); a
     * refusal that names no field is put at {@code otherwise} (the row as a whole when empty).
     */
    void refused(DomainException refusal, Map<String, String> fieldOf, String otherwise) {
        if (refusal.errors().isEmpty()) {
            if (otherwise.isEmpty()) {
                problems.add(new ImportProblem(kind.title, number, "", refusal.getMessage()));
            } else {
                problem(otherwise, refusal.getMessage());
            }
        }
        refusal.errors().forEach(e -> problem(fieldOf.getOrDefault(e.field(), e.field()), e.message()));
    }

    /** Bean Validation's findings on the request the row stands for, at their columns. */
    void violations(Set<? extends ConstraintViolation<?>> violations, Map<String, String> fieldOf) {
        violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString().replaceAll("\\[.*", "").replaceAll("\\..*", "");
                    problem(fieldOf.getOrDefault(field, field), plain(v.getMessage()));
                });
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    private static String plain(String message) {
        return switch (message) {
            case "must not be null", "must not be blank", "must not be empty" -> "is required";
            default -> message;
        };
    }

    private static <E extends Enum<E>> E find(Class<E> list, String value) {
        String code = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return Arrays.stream(list.getEnumConstants())
                .filter(e -> e.name().equals(code)
                        || e instanceof Labelled labelled && labelled.label().equalsIgnoreCase(value))
                .findFirst().orElse(null);
    }
}
