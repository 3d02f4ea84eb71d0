package io.waymark.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Merges the duplicate {@code mergedClientId} into the record this request is sent to, for a stated reason. */
public record MergeRequest(@NotNull UUID mergedClientId, @NotBlank @Size(max = 2000) String reason) {
}
