package io.waymark.common;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows inserted together by SQL, each with its own values (contacts of an import): told to the audit trail, which
 * writes one CREATE entry for each, in one batch, as {@link RowsWritten} does for rows that share their changes.
 */
public record RowsCreated(String organisation, String entity, List<Row> rows) {

    /** One row: its id, its client, and its fields as the trail shows them (null before, the value after). */
    public record Row(String id, UUID client, Map<String, List<String>> changes) {
    }
}
