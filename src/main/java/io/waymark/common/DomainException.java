package io.waymark.common;

import java.util.List;
import java.util.Map;

/** A refusal the user can act on; mapped to problem+json in {@link ProblemMapper}. */
public abstract class DomainException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    protected DomainException(String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public abstract int status();

    public abstract String title();

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** When to try again, for a refusal that passes (a busy service); none by default. */
    public Integer retryAfterSeconds() {
        return null;
    }

    /** Extra members of the problem document; none by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
