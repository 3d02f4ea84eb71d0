package io.waymark.employer;

/** The employer's level in the Disability Confident scheme. */
public enum DisabilityConfident {
    NONE,
    COMMITTED,
    EMPLOYER,
    LEADER
}
