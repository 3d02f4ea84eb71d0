package io.waymark.client;

/** The programme or funding stream the client is supported under. */
public enum Programme {
    FAIR_START_SCOTLAND,
    NO_ONE_LEFT_BEHIND,
    LOCAL_AUTHORITY_FUNDED,
    IPS,
    OTHER
}
