package io.waymark.message;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One kind of message to clients as the organisation words it: its own wording, or Waymark's standard one
 * ({@code standard}); the values it may use; and its version for If-Match (0 while it is the standard wording).
 */
public record TemplateView(MessageKind kind, String label, String sentWhen, boolean standard, TemplateWords words,
        List<PlaceholderView> placeholders, String changedBy, OffsetDateTime changedAt, int version) {

    /** A value the wording may use, as {key}. */
    public record PlaceholderView(String key, String meaning) {
    }
}
