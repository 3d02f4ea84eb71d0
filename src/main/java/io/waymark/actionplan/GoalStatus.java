package io.waymark.actionplan;

/** Where a goal of the action plan stands. */
public enum GoalStatus {
    OPEN,
    ACHIEVED,
    DROPPED
}
