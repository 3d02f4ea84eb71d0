package io.waymark.staff;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The emails a member of staff chooses to get: the whole set, replacing the last (empty: none). */
public record NoticeChoice(@NotNull Set<@NotNull StaffNotice> notices) {
}
