package io.waymark.outcome;

/**
 * The pipeline of a job match, in order. A match moves forward (stages may be skipped: a carved job may go straight
 * to an offer); ACCEPTED, DECLINED and WITHDRAWN end it.
 */
public enum JobMatchStatus {
    PROPOSED,
    APPLIED,
    INTERVIEW,
    OFFERED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == ACCEPTED || this == DECLINED || this == WITHDRAWN;
    }

    /** Forward along the pipeline; an offer is accepted or declined; withdrawing is possible at any open step. */
    public boolean canMoveTo(JobMatchStatus next) {
        if (isFinal()) {
            return false;
        }
        return switch (next) {
            case WITHDRAWN -> true;
            case ACCEPTED, DECLINED -> this == OFFERED;
            default -> next.ordinal() > ordinal();
        };
    }
}
