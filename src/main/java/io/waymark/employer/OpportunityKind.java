package io.waymark.employer;

/** What an opportunity is: an advertised vacancy, a job carved for someone, or a work trial. */
public enum OpportunityKind {
    VACANCY,
    JOB_CARVING,
    WORK_TRIAL
}
