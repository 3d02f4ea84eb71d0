package io.waymark.lists;

/** Who referred the client. */
public enum ReferralSource {
    SELF_REFERRAL,
    JOBCENTRE_PLUS,
    DISABILITY_EMPLOYMENT_ADVISER,
    CAREERS_ADVISER,
    HEALTH_TEAM,
    SOCIAL_WORK,
    COLLEGE,
    OTHER
}
