package io.waymark.assessment;

import jakarta.validation.constraints.NotNull;

public record AttendanceRequest(@NotNull Boolean attended) {
}
