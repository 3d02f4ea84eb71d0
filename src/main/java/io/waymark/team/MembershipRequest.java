package io.waymark.team;

import jakarta.validation.constraints.NotNull;

public record MembershipRequest(@NotNull TeamRole role) {
}
