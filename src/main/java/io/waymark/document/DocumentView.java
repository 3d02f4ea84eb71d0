package io.waymark.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A document as its record shows it: what it is, what it is evidence of, who added it when, and its files newest
 * first ({@code version} for If-Match when replacing or removing it).
 */
public record DocumentView(UUID id, UUID clientId, UUID jobOutcomeId, UUID followUpId, DocumentKind kind, String title,
        String addedBy, OffsetDateTime addedAt, int version, List<FileView> files) {

    /** One file of the document: number 1 the first, each replacement the next. */
    public record FileView(int number, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, OffsetDateTime uploadedAt) {

        /** "312 KB", "2.4 MB". */
        public String size() {
            return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                    : String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }
}
