package io.waymark.employer;

/** Whether an opportunity can still be matched. */
public enum OpportunityStatus {
    OPEN,
    FILLED,
    CLOSED
}
