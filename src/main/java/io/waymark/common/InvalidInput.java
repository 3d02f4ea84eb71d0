package io.waymark.common;

import java.util.List;

/** 400: a field's value is not acceptable; the message says why. */
public class InvalidInput extends DomainException {

    public InvalidInput(String field, String message) {
        super(field + ": " + message, List.of(new Problem.FieldError(field, message)));
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
