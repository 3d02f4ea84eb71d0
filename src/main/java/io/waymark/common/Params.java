package io.waymark.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Parses query parameters so that a bad value is a 400 naming the parameter (JAX-RS would answer 404 for a
 * query parameter it cannot convert).
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The values of a repeated form field (checkboxes); blanks are ignored. */
    public static <E extends Enum<E>> Set<E> enumValues(Class<E> type, String name, List<String> values) {
        EnumSet<E> parsed = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(v -> enumValue(type, name, v)).forEach(parsed::add);
        }
        return parsed;
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(name, "is not a valid id");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "is not a date (yyyy-mm-dd)");
        }
        if (!StrictJson.inRange(date)) {
            throw new InvalidInput(name, StrictJson.OUT_OF_RANGE);
        }
        return date;
    }

    /** Reads an If-Match header ("3", "\"3\"" or W/"3") as the record version the change is based on. */
    public static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInput("If-Match", "send the version of the record you are changing (its ETag)");
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "is not a record version");
        }
    }
}
