package io.waymark.client;

/** Referral taken (REFERRED), agreed to take part (ACTIVE), or no longer supported (CLOSED). */
public enum ClientStatus {
    REFERRED,
    ACTIVE,
    CLOSED
}
