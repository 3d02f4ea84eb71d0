package io.waymark.document;

import java.util.UUID;

/** A document's file downloaded (version {@code number}): the audit trail records who read it. */
public record DocumentRead(String organisationCode, UUID clientId, UUID documentId, int number) {
}
