package io.waymark.client;

/**
 * A client was referred and saved at engagement, in the referral's transaction: the pathway records it as the first
 * move of their history, and the caseload takes the case on where the referrer chose ({@code takeOn}, may be null).
 */
public record ClientReferred(Client client, TakeOn takeOn) {
}
