package io.waymark.staff;

import jakarta.validation.constraints.NotNull;

public record MembershipRequest(@NotNull TeamRole role) {
}
