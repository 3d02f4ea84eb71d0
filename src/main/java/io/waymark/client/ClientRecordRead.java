package io.waymark.client;

/** Someone opened a client's record: the audit trail writes the read, in the same transaction. */
public record ClientRecordRead(String organisationCode, java.util.UUID clientId) {
}
