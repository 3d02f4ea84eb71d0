package io.waymark.outcome;

/** The answers of Scotland's follow-up returns. */
public enum FollowUpAnswer {
    IN_EMPLOYMENT,
    NOT_IN_EMPLOYMENT,
    NO_ENGAGEMENT,
    UNKNOWN
}
