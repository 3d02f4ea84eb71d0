package io.waymark.outcome;

import java.time.LocalDate;

/** How one job stands under one outcome definition, with the dates its rules were met and why, in words. */
public record RuleResult(Status status, LocalDate startMetOn, LocalDate sustainedMetOn, String explanation) {

    public enum Status {
        /** The kind of job (retained, self-employed) does not count under this definition. */
        NOT_COUNTED,
        /** Not yet a job start under the definition; it may become one. */
        PENDING_START,
        /** The job ended without ever meeting the start rule. */
        NOT_STARTED,
        /** A job start, and the definition has no sustained-hours rule. */
        STARTED,
        /** A job start whose sustained-hours rule can still be met. */
        PENDING_SUSTAINMENT,
        /** A job start whose sustained-hours rule was met. */
        SUSTAINED,
        /** A job start whose sustained-hours rule can no longer be met. */
        NOT_SUSTAINED
    }

    static RuleResult notCounted(String why) {
        return new RuleResult(Status.NOT_COUNTED, null, null, why);
    }
}
