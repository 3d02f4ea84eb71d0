package io.waymark.staff;

/** A member's place in a team: workers hold a caseload, team leads run the team. */
public enum TeamRole {
    WORKER,
    TEAM_LEAD
}
