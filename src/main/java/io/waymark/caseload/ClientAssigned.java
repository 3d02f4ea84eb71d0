package io.waymark.caseload;

/** A worker was given a client's case, in the assignment's transaction: the messages feature tells them. */
public record ClientAssigned(Assignment assignment) {
}
