package io.waymark.common;

import java.util.List;

/** 400: a field's value is not acceptable; the message says why. */
public class InvalidInput extends DomainException {

    public InvalidInput(String field, String message) {
        super(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public InvalidInput(List<Problem.FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid"),
                errors);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
