package io.waymark.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    READ
}
