package io.waymark.customfield;

import io.waymark.common.InvalidInput;
import io.waymark.common.PerTransaction;
import io.waymark.common.Problem;
import io.waymark.common.RuleConflict;
import io.waymark.common.Spreadsheet;
import io.waymark.common.StaleVersion;
import io.waymark.common.StrictJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organisation's own fields: their definitions (added, changed, retired by its administrators) and the one place
 * their values are checked, for the API, the pages and the import alike. Values are stored as JSON: text, a number,
 * a date as {@code 2026-03-31}, true or false, an option, or a list of options in the field's order.
 */
@ApplicationScoped
public class CustomFieldService {

    /** Where a value's problem is reported: {@code custom.parental_status}. */
    public static final String PREFIX = "custom.";
    static final int MOST_TEXT = 1000;
    private static final BigDecimal LARGEST = new BigDecimal("1e12");

    @Inject
    Clock clock;

    @Inject
    PerTransaction perTransaction;

    /** A value as a page or a file shows it, with its field's label. */
    public record Shown(String key, String label, String text, boolean retired) {
    }

    @Inject
    CustomFieldMapper mapper;

    public List<CustomField> fields(FieldRecord record, boolean withRetired) {
        return CustomField.of(record, withRetired);
    }

    /** The fields a form asks (those not retired), in its order. */
    public List<CustomFieldView> asked(FieldRecord record) {
        return fields(record, false).stream().map(mapper::toView).toList();
    }

    /** The labels of the fields a form asks, by their ids on the page ({@code custom.<key>}), besides {@code others}. */
    public Map<String, String> labels(FieldRecord record, Map<String, String> others) {
        Map<String, String> labels = new LinkedHashMap<>(others);
        asked(record).forEach(field -> labels.put(field.formId(), field.label()));
        return labels;
    }

    /** Every field, retired ones too, in the forms' order: the columns of a file. */
    public List<CustomFieldView> views(FieldRecord record) {
        return fields(record, true).stream().map(mapper::toView).toList();
    }

    @Transactional
    public CustomField define(FieldRecord record, CustomFieldRequest request) {
        if (CustomField.count("record = ?1 and key = ?2", record, request.key()) > 0) {
            throw new RuleConflict("key", "another field already has the key " + request.key());
        }
        CustomField field = new CustomField();
        field.record = record;
        field.key = request.key();
        field.kind = request.kind();
        apply(request, field);
        field.persist();
        perTransaction.forget(record);
        return field;
    }

    @Transactional
    public CustomField change(UUID id, int basedOnVersion, CustomFieldRequest request) {
        CustomField field = CustomField.findExisting(id);
        if (field.version != basedOnVersion) {
            throw new StaleVersion();
        }
        if (request.record() != null && request.record() != field.record) {
            throw new InvalidInput("record", "cannot be changed once the field exists");
        }
        if (!field.key.equals(request.key())) {
            throw new InvalidInput("key", "cannot be changed: the records' values are kept under it");
        }
        if (field.kind != request.kind()) {
            throw new InvalidInput("kind", "cannot be changed once the field exists");
        }
        List<String> dropped = field.options.stream()
                .filter(option -> request.options() == null || !request.options().contains(option)).toList();
        if (!dropped.isEmpty()) {
            throw new InvalidInput("options", "cannot take away " + String.join(", ", dropped)
                    + ": records may have them (retire the field and add another instead)");
        }
        apply(request, field);
        CustomField.flush();
        perTransaction.forget(field.record);
        return field;
    }

    /** The field is no longer asked from today; the records that have a value keep it. */
    @Transactional
    public CustomField retire(UUID id, int basedOnVersion) {
        CustomField field = CustomField.findExisting(id);
        if (field.version != basedOnVersion) {
            throw new StaleVersion();
        }
        if (field.retired()) {
            throw new RuleConflict("The field was retired on " + field.retiredOn);
        }
        field.retiredOn = LocalDate.now(clock);
        CustomField.flush();
        perTransaction.forget(field.record);
        return field;
    }

    private static void apply(CustomFieldRequest request, CustomField field) {
        List<String> options = request.options() == null ? List.of()
                : request.options().stream().map(String::strip).distinct().toList();
        if (request.kind().listed() && options.isEmpty()) {
            throw new InvalidInput("options", "give the values to choose from");
        }
        if (!request.kind().listed() && !options.isEmpty()) {
            throw new InvalidInput("options", "only a field with values to choose from takes options");
        }
        field.label = request.label().strip();
        field.options = new ArrayList<>(options);
        field.required = request.required();
        field.personal = request.personal();
        field.position = request.position();
    }

    /**
     * The values a record will have: {@code current} with {@code given} applied (a value, or null to clear it; a key
     * left out keeps its value; {@code given} null changes nothing). Every problem is named by field, at once: a key
     * that is not one of the organisation's fields, a value of the wrong kind, a new value for a retired field, a
     * required field without a value.
     */
    public Map<String, Object> values(FieldRecord record, Map<String, Object> given, Map<String, Object> current) {
        Map<String, CustomField> fields = byKey(record);
        Map<String, Object> values = new LinkedHashMap<>(current == null ? Map.of() : current);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (given != null) {
            given.forEach((key, value) -> {
                CustomField field = fields.get(key);
                if (field == null) {
                    errors.add(new Problem.FieldError(PREFIX + key, "is not one of your organisation's fields"));
                    return;
                }
                try {
                    Object stored = stored(field, value);
                    if (field.retired() && !Objects.equals(stored, asStored(field, values.get(key)))) {
                        throw new IllegalArgumentException("was retired on " + field.retiredOn + " and takes no new"
                                + " values");
                    }
                    if (stored == null) {
                        values.remove(key);
                    } else {
                        values.put(key, stored);
                    }
                } catch (IllegalArgumentException wrong) {
                    errors.add(new Problem.FieldError(PREFIX + key, wrong.getMessage()));
                }
            });
        }
        for (CustomField field : fields.values()) {
            if (field.required && !field.retired() && !values.containsKey(field.key)
                    && errors.stream().noneMatch(e -> e.field().equals(PREFIX + field.key))) {
                errors.add(new Problem.FieldError(PREFIX + field.key, "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return values;
    }

    /** The values without the personal fields' (erasure keeps the rest, which reports count). */
    public Map<String, Object> withoutPersonal(FieldRecord record, Map<String, Object> values) {
        Map<String, CustomField> fields = byKey(record);
        Map<String, Object> kept = new LinkedHashMap<>(values);
        kept.keySet().removeIf(key -> fields.get(key) == null || fields.get(key).personal);
        return kept;
    }

    /**
     * A JSON array of the organisation's ({@code :organisation}) fields on the client record as {@link CustomFieldView},
     * in the forms' order, retired ones too: for pages that read a client in one statement.
     */
    public static final String FIELDS_OF_CLIENTS = """
            select json_agg(json_build_object('id', f.id, 'record', f.record, 'key', f.key, 'label', f.label,
                    'kind', f.kind, 'options', f.options, 'required', f.required, 'personal', f.personal,
                    'position', f.position, 'retiredOn', f.retired_on, 'version', f.version) order by f.position, f.label)
            from custom_field f where f.organisation_code = :organisation and f.record = 'CLIENT'""";

    /** The fields of job outcomes, as {@link #FIELDS_OF_CLIENTS} reads those of clients. */
    public static final String FIELDS_OF_JOBS = FIELDS_OF_CLIENTS.replace("'CLIENT'", "'JOB_OUTCOME'");

    /** The record's values with their fields' labels, in the forms' order, as words. */
    public List<Shown> shown(FieldRecord record, Map<String, Object> values) {
        return shown(fields(record, true).stream().map(mapper::toView).toList(), values);
    }

    /** The values with the labels of {@code fields}, in their order, as words. */
    public static List<Shown> shown(List<CustomFieldView> fields, Map<String, Object> values) {
        List<Shown> shown = new ArrayList<>();
        for (CustomFieldView field : fields) {
            Object value = values == null ? null : values.get(field.key());
            if (value != null) {
                shown.add(new Shown(field.key(), field.label(), text(value), field.retiredOn() != null));
            }
        }
        return shown;
    }

    /**
     * A filter on one field's value, as JSON a record's values must contain: {@code {"parental_status": "Lone
     * parent"}}, or for several from a list, records having that one among theirs.
     */
    public Map<String, Object> filter(FieldRecord record, String key, String value) {
        CustomField field = byKey(record).get(key);
        if (field == null) {
            throw new InvalidInput("field", "is not one of your organisation's fields");
        }
        if (value == null || value.isBlank()) {
            throw new InvalidInput("fieldValue", "give the value to look for");
        }
        try {
            Object stored = stored(field, field.kind == FieldKind.SEVERAL_OF ? List.of(value) : value);
            return Map.of(key, stored);
        } catch (IllegalArgumentException wrong) {
            throw new InvalidInput("fieldValue", wrong.getMessage());
        }
    }

    /** The record's fields by key, read once for the current transaction ({@link PerTransaction}). */
    private Map<String, CustomField> byKey(FieldRecord record) {
        return perTransaction.get(record, () -> fields(record, true).stream()
                .collect(Collectors.toMap(f -> f.key, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    /** A value as stored, or null for none; IllegalArgumentException says what is wrong with it, in plain words. */
    static Object stored(CustomField field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> many && many.isEmpty()) {
            return null;
        }
        return switch (field.kind) {
            case TEXT -> {
                String text = value instanceof String s ? s.strip() : reject("must be text");
                yield text.length() <= MOST_TEXT ? text : reject("must be at most " + MOST_TEXT + " characters");
            }
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = value instanceof Number n ? new BigDecimal(n.toString())
                            : value instanceof String s ? new BigDecimal(s.strip()) : reject("must be a number");
                } catch (NumberFormatException e) {
                    number = reject("must be a number, such as 12 or 3.5");
                }
                yield number.abs().compareTo(LARGEST) < 0 ? new BigDecimal(number.stripTrailingZeros().toPlainString())
                        : reject("is too large");
            }
            case DATE -> {
                try {
                    LocalDate date = value instanceof String s ? LocalDate.parse(s.strip())
                            : reject("must be a date such as 2026-03-31");
                    yield StrictJson.inRange(date) ? date.toString() : reject("must be a date from "
                            + StrictJson.FIRST_YEAR + " to " + StrictJson.LAST_YEAR);
                } catch (DateTimeParseException e) {
                    yield reject("must be a date such as 2026-03-31");
                }
            }
            case YES_NO -> {
                if (value instanceof Boolean yes) {
                    yield yes;
                }
                String text = value instanceof String s ? s.strip().toLowerCase(Locale.ROOT) : "";
                yield switch (text) {
                    case "true", "yes", "on" -> Boolean.TRUE;
                    case "false", "no" -> Boolean.FALSE;
                    default -> reject("must be yes or no (true or false)");
                };
            }
            case ONE_OF -> option(field, value);
            case SEVERAL_OF -> {
                Collection<?> chosen = value instanceof Collection<?> many ? many : List.of(value);
                List<Object> options = new ArrayList<>();
                for (Object one : chosen) {
                    options.add(option(field, one));
                }
                yield field.options.stream().filter(options::contains).toList();
            }
        };
    }

    /**
     * True when a record's value (as read back) is {@code wanted} (as {@link #filter} made it): the same text, date,
     * yes or no, or number, or for a list, one of its options.
     */
    public static boolean has(Object value, Object wanted) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> options) {
            return wanted instanceof Collection<?> all ? options.containsAll(all) : options.contains(wanted);
        }
        if (value instanceof Number number && wanted instanceof Number other) {
            return new BigDecimal(number.toString()).compareTo(new BigDecimal(other.toString())) == 0;
        }
        return value.equals(wanted);
    }

    /** A value read back from the database as {@link #stored} gives it (JSON numbers come back as other types). */
    private static Object asStored(CustomField field, Object value) {
        try {
            return stored(field, value);
        } catch (IllegalArgumentException unreadable) {
            return value;
        }
    }

    private static String option(CustomField field, Object value) {
        String text = value instanceof String s ? s.strip() : "";
        return field.options.stream().filter(option -> option.equalsIgnoreCase(text)).findFirst()
                .orElseGet(() -> reject("must be one of " + String.join(", ", field.options)));
    }

    private static <T> T reject(String message) {
        throw new IllegalArgumentException(message);
    }

    /** A file's columns with one more for each of the organisation's fields, the record's value as words. */
    public static <T> List<Spreadsheet.Column<T>> withColumnsFor(List<Spreadsheet.Column<T>> columns,
            List<CustomFieldView> fields, Function<T, Map<String, Object>> valuesOf) {
        List<Spreadsheet.Column<T>> all = new ArrayList<>(columns);
        for (CustomFieldView field : fields) {
            all.add(new Spreadsheet.Column<>(field.label(), row -> {
                Object value = valuesOf.apply(row).get(field.key());
                return value == null ? null : text(value);
            }));
        }
        return all;
    }

    /** A stored value as words: "Yes", "12.5", "Universal Credit, PIP". */
    public static String text(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
