package io.waymark.caseload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A change of worker in a client's history; a null {@code fromWorkerId} is a first assignment. */
public record AssignmentView(UUID id, UUID fromWorkerId, String fromWorkerName, UUID toWorkerId, String toWorkerName,
        UUID assignedById, String assignedByName, OffsetDateTime assignedAt, String reason) {
}
