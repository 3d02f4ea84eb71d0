package io.waymark.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/** What the pages' forms share: the API's validation of a request, and errors keyed by field for the templates. */
final class Forms {

    private Forms() {
    }

    /** The same Bean Validation the API applies to its JSON bodies, with every bad field named. */
    static void validate(Object request) {
        Set<ConstraintViolation<Object>> violations = Arc.container().instance(Validator.class).get().validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
    }

    /**
     * Makes a form's change and sends the browser on to {@code then} (303, so a reload does not post again); a
     * refusal shows the page again, with the refusal's status and its reasons by field.
     */
    static RestResponse<TemplateInstance> act(Runnable change, String then,
            Function<Map<String, String>, TemplateInstance> pageWithErrors) {
        try {
            change.run();
            return RestResponse.seeOther(URI.create(then));
        } catch (DomainException refused) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(refused.status()),
                    pageWithErrors.apply(errors(refused))).build();
        }
    }

    /** Field errors by field; a refusal that names no field is shown for the whole form. */
    static Map<String, String> errors(DomainException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.errors().forEach(f -> errors.put(f.field(), f.message()));
        if (errors.isEmpty()) {
            errors.put("form", refused.getMessage());
        }
        return errors;
    }

    static BigDecimal decimal(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a number");
        }
    }

    static LocalTime time(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "is not a time (hh:mm)");
        }
    }

    static Integer integer(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a whole number");
        }
    }
}
