package io.waymark.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one way the pages handle a form: the API's validation of the same request, then either a redirect with a
 * confirmation of what was saved (post/redirect/get, so a reload never posts again), or the same page again with the
 * refusal's status, the values as typed, and each error in plain words under the field's own label.
 */
public final class Forms {

    /** A reference-list value in a message, such as VOCATIONAL_PROFILING: shown as words. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z]*(?:_[A-Z]+)+\\b|\\b[A-Z]{5,}\\b");

    private static final Map<String, String> PLAIN = Map.of(
            "must not be null", "this is required",
            "must not be blank", "this is required",
            "must not be empty", "this is required",
            "is required", "this is required");

    private Forms() {
    }

    /** The same Bean Validation the API applies to its JSON bodies, with every bad field named. */
    public static void validate(Object request) {
        validate(request, Map.of());
    }

    /** As {@link #validate(Object)}, naming a field by its id on the page where that differs from the API's name. */
    public static void validate(Object request, Map<String, String> idOnThePage) {
        Set<ConstraintViolation<Object>> violations = Arc.container().instance(Validator.class).get().validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream().map(v -> {
                String field = v.getPropertyPath().toString();
                return new Problem.FieldError(idOnThePage.getOrDefault(field, field), v.getMessage());
            }).toList());
        }
    }

    /**
     * Makes a change whose refusal, whatever field the rule names, is shown at one field of the page: the form of one
     * of several like records (a check, a booking, a match) that share a page and their field names.
     */
    public static void at(String field, Runnable change) {
        try {
            change.run();
        } catch (DomainException refused) {
            throw new InvalidInput(field, refused.errors().isEmpty() ? refused.getMessage()
                    : refused.errors().get(0).message());
        }
    }

    /** Makes a change whose refusal names fields by the API's names, shown at the fields' ids on the page. */
    public static void renamed(Map<String, String> idOnThePage, Runnable change) {
        try {
            change.run();
        } catch (InvalidInput refused) {
            throw new InvalidInput(refused.errors().stream().map(f -> new Problem.FieldError(
                    idOnThePage.getOrDefault(f.field(), f.field()), f.message())).toList());
        }
    }

    /** An act that cannot be undone is done only once its box "Yes, ..." is ticked. */
    public static void confirmed(String confirm, String field, String what) {
        if (confirm == null || confirm.isBlank()) {
            throw new InvalidInput(field, "tick the box to confirm that you want to " + what);
        }
    }

    /**
     * Makes a form's change; on success sends the browser on to {@code then} with {@code saved} as the confirmation
     * shown there, on a refusal answers the page again with the errors under their labels.
     */
    public static RestResponse<TemplateInstance> act(Runnable change, String then, String saved,
            Map<String, String> labels, Function<Map<String, String>, TemplateInstance> pageWithErrors) {
        try {
            change.run();
            return saved(then, saved);
        } catch (DomainException refused) {
            return refused(refused, pageWithErrors.apply(errors(refused, labels)));
        }
    }

    /** After a saved form: on to {@code then} (303, so a reload never posts again), which confirms what was saved. */
    public static RestResponse<TemplateInstance> saved(String then, String saved) {
        return RestResponse.ResponseBuilder.<TemplateInstance>seeOther(URI.create(then)).cookie(Flash.cookie(saved)).build();
    }

    /** A refused form: its status, and (with htmx) the address bar left on the page the form is on. */
    public static RestResponse<TemplateInstance> refused(DomainException refused, TemplateInstance page) {
        return again(refused.status(), page);
    }

    /** The form's page again, unsaved, with this status. */
    public static RestResponse<TemplateInstance> again(int status, TemplateInstance page) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(status), page)
                .header("HX-Push-Url", "false").build();
    }

    /**
     * Each bad field with what to do, in plain words and under the label the form shows it with ("Hours a week:
     * enter a number, like 16 or 12.5"); a refusal that names no field, or names one the form does not show, is shown
     * for the whole form.
     */
    public static Map<String, String> errors(DomainException refused, Map<String, String> labels) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.errors().forEach(f -> {
            String label = labels.get(f.field());
            if (label == null) {
                errors.merge("form", words(f.field()) + ": " + plain(f.message()), (a, b) -> a + "; " + b);
            } else {
                errors.putIfAbsent(f.field(), label + ": " + plain(f.message()));
            }
        });
        if (errors.isEmpty()) {
            errors.put("form", plain(refused.getMessage()));
        }
        return errors;
    }

    /** A field the form does not show, named in words: "plannedFor" is "Planned for". */
    private static String words(String field) {
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What the user typed, as a refused form shows it back: nothing typed is an empty field, not "null". */
    public static String typed(String value) {
        return value == null ? "" : value;
    }

    /** An optional text field: left blank it is absent; otherwise it is kept without the spaces around it. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Bean Validation's and the rules' wording made plain: no "must not be null", no CODE_NAMES. */
    public static String plain(String message) {
        String known = PLAIN.get(message);
        if (known != null) {
            return known;
        }
        Matcher code = CODE.matcher(message);
        StringBuilder words = new StringBuilder();
        while (code.find()) {
            String phrase = code.group().replace('_', ' ').toLowerCase(Locale.UK);
            code.appendReplacement(words, Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
        }
        code.appendTail(words);
        return words.toString();
    }

    /** The id of a record the user must choose from a list; on the pages, none chosen is a mistake to name. */
    public static UUID chosen(String field, String value, String whatToDo) {
        UUID id = Params.uuid(field, value);
        if (id == null) {
            throw new InvalidInput(field, whatToDo);
        }
        return id;
    }

    /** An amount as people write it: "12.80", "£12.80", "1,234.50". */
    public static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replaceFirst("^£\\s*", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "enter a number, like 16 or 12.50");
        }
    }

    public static LocalTime time(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "enter a time as hours and minutes, like 09:30");
        }
    }

    public static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "enter a whole number, like 30");
        }
    }
}
