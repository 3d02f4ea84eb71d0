package io.waymark.contact;

/** How a contact with a client took place. */
public enum ContactChannel {
    FACE_TO_FACE,
    PHONE,
    TEXT,
    VIDEO,
    EMAIL
}
