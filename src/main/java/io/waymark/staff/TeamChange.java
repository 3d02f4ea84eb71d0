package io.waymark.staff;

/**
 * A member of staff is about to join a team with a role, or to leave their team ({@code team} null). Fired before the
 * change, in its transaction: the features that keep a worker's cases (caseload) refuse it or follow it.
 */
public record TeamChange(Staff member, Team team, TeamRole role) {

    public boolean isLeaving() {
        return team == null;
    }
}
