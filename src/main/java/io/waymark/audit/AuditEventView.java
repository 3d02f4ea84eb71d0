package io.waymark.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AuditEventView(Long id, OffsetDateTime occurredAt, String actor, AuditAction action, String entity,
        String entityId, UUID clientId, String changes) {
}
