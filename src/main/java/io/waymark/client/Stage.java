package io.waymark.client;

/** The stages of supported employment, in pathway order (the BASE model's five, then career development). */
public enum Stage {
    ENGAGEMENT,
    VOCATIONAL_PROFILING,
    EMPLOYER_ENGAGEMENT,
    JOB_MATCHING,
    IN_WORK_SUPPORT,
    CAREER_DEVELOPMENT;

    /** True when {@code to} is the stage straight after this one: the only move that needs no reason. */
    public boolean isFollowedBy(Stage to) {
        return to.ordinal() == ordinal() + 1;
    }
}
