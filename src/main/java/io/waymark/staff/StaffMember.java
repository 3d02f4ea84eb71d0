package io.waymark.staff;

import java.util.UUID;

/** A member of staff as team leads and admins see them: team, role in it, and own caseload limit if any. */
public record StaffMember(UUID id, String username, String displayName, String email, String roles, UUID teamId,
        TeamRole teamRole, Integer caseloadLimit) {
}
