package io.waymark.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * Closing a client: why (a closure reason of the organisation's list, by code or name) and from when (today when
 * left out).
 */
public record ClientClosure(@NotBlank String reason, @PastOrPresent LocalDate closedOn) {
}
