package io.waymark.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a job outcome is removed: it was recorded in error ("recorded twice", "the wrong client's job"). */
public record JobRemovalRequest(@NotBlank @Size(max = 500) String reason) {
}
