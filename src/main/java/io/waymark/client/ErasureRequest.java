package io.waymark.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An erasure request, with how it came (for example "letter from the client, 3 March"). */
public record ErasureRequest(@NotBlank @Size(max = 2000) String note) {
}
