package io.waymark.imports;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * An import as the API and the page show it. {@code mapping} is, for each kind in the upload, each of the file's
 * headings with the field it fills ("" when left out).
 */
public record ImportView(UUID id, String status, String fileNames, String uploadedBy, OffsetDateTime uploadedAt,
        String importedBy, OffsetDateTime importedAt, String undoneBy, OffsetDateTime undoneAt,
        Map<ImportKind, Map<String, String>> mapping, ImportReport report, int version) {
}
