package io.waymark.staff;

import io.waymark.security.Can;
import java.util.Set;
import java.util.UUID;

/** Who is signed in, for which organisation, with which roles, and what those roles allow ({@link Can}). */
public record StaffView(UUID id, String username, String displayName, String email, String organisationCode,
        String organisationName, Set<String> roles, Can can) {
}
