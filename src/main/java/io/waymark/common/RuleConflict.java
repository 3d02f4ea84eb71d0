package io.waymark.common;

import java.util.List;

/** 409: the request is well formed but conflicts with the record's current state or a rule of the service. */
public class RuleConflict extends DomainException {

    public RuleConflict(String detail) {
        super(detail, List.of());
    }

    public RuleConflict(String field, String detail) {
        super(detail, List.of(new Problem.FieldError(field, detail)));
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
