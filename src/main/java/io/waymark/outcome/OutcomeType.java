package io.waymark.outcome;

/** The NDTi job outcomes: a new paid job, a job kept with the service's help, or self-employment. */
public enum OutcomeType {
    GAINED,
    RETAINED,
    SELF_EMPLOYED
}
