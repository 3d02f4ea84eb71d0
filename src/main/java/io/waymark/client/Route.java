package io.waymark.client;

/** The route a health and wellbeing advisor recommends after assessing a client. */
public enum Route {
    SUPPORTED_EMPLOYMENT_MODEL,
    INDIVIDUAL_PLACEMENT_AND_SUPPORT,
    VOCATIONAL_PROFILING_ONLY,
    OTHER_SUPPORT_FIRST
}
