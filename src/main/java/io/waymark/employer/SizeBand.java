package io.waymark.employer;

/** Employer size by staff: micro (under 10), small (10-49), medium (50-249), large (250 or more). */
public enum SizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
