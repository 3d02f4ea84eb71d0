package io.waymark.client;

/** Gender as the client describes it, for equalities reporting. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    OTHER,
    PREFER_NOT_TO_SAY
}
