package io.waymark.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A document to attach: what it is, its title, and the job or sustainment check it is evidence of, if any. */
public record DocumentRequest(@NotNull DocumentKind kind, @NotBlank @Size(max = 200) String title, UUID jobOutcomeId,
        UUID followUpId) {
}
