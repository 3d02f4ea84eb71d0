package io.waymark.client;

import java.util.UUID;

/**
 * A client's record erased (on request, or by the retention job), in the erasure's transaction: the features above
 * the client remove what they keep of the person that is not a row of {@link ClientTable} to blank (documents).
 */
public record ClientErased(String organisationCode, UUID clientId) {
}
