package io.waymark.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message's wording as an administrator writes it: the email's subject and words, and the text message's words,
 * each using {@link Placeholder}s such as {name}. Also what a preview shows, rendered.
 */
public record TemplateWords(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 10_000) String body,
        @NotBlank @Size(max = 2_000) String text) {
}
