package io.waymark.common;

import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The database's unique rules, each with the field it is about and what to tell the user. Services check a rule
 * before writing; when two requests pass that check at the same moment, the database refuses the second, and this
 * turns the refusal into the 409 the request would have had alone.
 */
public final class UniqueRules {

    /** SQLState of a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Map<String, RuleConflict> RULES = Map.ofEntries(
            Map.entry("client_reference_unique",
                    new RuleConflict("reference", "another client already has this reference")),
            Map.entry("employer_name_unique", new RuleConflict("name", "another employer already has this name")),
            Map.entry("team_name_unique", new RuleConflict("name", "another team already has this name")),
            Map.entry("outcome_definition_name_unique",
                    new RuleConflict("name", "another outcome definition already has this name")),
            Map.entry("outcome_hours_once_a_day",
                    new RuleConflict("effectiveFrom", "hours are already recorded from this day")),
            Map.entry("custom_field_key_unique", new RuleConflict("key", "another field already has this key")),
            Map.entry("list_value_code_unique",
                    new RuleConflict("code", "another value of the list already has this code")),
            Map.entry("list_value_label_unique",
                    new RuleConflict("label", "another value of the list already has this name")),
            Map.entry("message_template_once", new StaleVersion()),
            Map.entry("document_version_once", new StaleVersion()),
            Map.entry("vocational_profile_once", new StaleVersion()),
            Map.entry("self_assessment_once_a_day",
                    new RuleConflict("assessedOn", "the client already scored themselves on that day")),
            Map.entry("booking_one_per_slot",
                    new RuleConflict("slotId", "the slot was booked by someone else a moment ago; choose another")));

    private UniqueRules() {
    }

    /** The rule a refusal by the database broke, if it is a unique rule. */
    public static Optional<RuleConflict> brokenBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return Optional.of(RULES.getOrDefault(violation.getConstraintName() == null ? ""
                        : violation.getConstraintName(), new RuleConflict("Another request saved the same value a"
                        + " moment ago; reload and try again")));
            }
        }
        return Optional.empty();
    }
}
