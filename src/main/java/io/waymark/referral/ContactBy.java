package io.waymark.referral;

/** How the person would like to be contacted about their referral. */
public enum ContactBy {
    PHONE,
    TEXT,
    EMAIL
}
