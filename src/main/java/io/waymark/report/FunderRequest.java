package io.waymark.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Names a funder of the service; the name is used when the funder is new to Waymark. */
public record FunderRequest(@NotBlank @Size(max = 200) String name) {
}
