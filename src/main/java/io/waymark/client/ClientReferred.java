package io.waymark.client;

/** A client was referred and saved at engagement: the pathway records it as the first move of their history. */
public record ClientReferred(Client client) {
}
