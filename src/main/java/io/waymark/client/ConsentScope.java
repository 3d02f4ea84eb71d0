package io.waymark.client;

import io.waymark.common.Labelled;

/** What a client agreed to. Taking part ({@link #SUPPORT}) comes with any consent; the others are the client's choice. */
public enum ConsentScope implements Labelled {
    SUPPORT("Employment support from this service, and keeping records of it"),
    SHARE_WITH_EMPLOYERS("Telling employers about their condition or support needs"),
    SHARE_WITH_HEALTH_PROFESSIONALS("Talking with their GP and health professionals"),
    FOLLOW_UP_BY_FUNDER("Being contacted by the funder or its evaluators");

    private final String label;

    ConsentScope(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
