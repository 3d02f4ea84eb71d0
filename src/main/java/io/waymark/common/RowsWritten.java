package io.waymark.common;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows written by one SQL statement rather than through Hibernate (a merge moving a client's history, an erasure):
 * told to the audit trail, which writes one entry for each row, as it does for a record saved through Hibernate.
 *
 * @param action CREATE, UPDATE or DELETE
 * @param changes each changed field with its value before and after, as the trail shows them
 */
public record RowsWritten(String organisation, String action, String entity, List<String> ids, UUID client,
        Map<String, List<String>> changes) {

    /** What the trail shows in place of a value that stays out of it (who someone is, free text, a secret). */
    public static final String MASK = "(masked)";
}
