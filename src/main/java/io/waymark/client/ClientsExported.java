package io.waymark.client;

import java.util.List;
import java.util.UUID;

/**
 * A list of clients was downloaded: the audit trail writes one entry for each client in it, in the same transaction,
 * so that a client's trail (and their subject access) shows who took their details away in a file, and when.
 */
public record ClientsExported(String organisationCode, String list, String format, List<UUID> clientIds) {
}
