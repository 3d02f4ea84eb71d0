package io.waymark.client;

/** Hours a week of non-employment health or social care support, banded as the NDTi Support Level Index needs. */
public enum SupportLevel {
    UNDER_7_HOURS,
    FROM_7_TO_40_HOURS,
    OVER_40_HOURS
}
