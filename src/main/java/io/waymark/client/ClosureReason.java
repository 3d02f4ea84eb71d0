package io.waymark.client;

/** Why a client stopped being supported. */
public enum ClosureReason {
    SUSTAINED_IN_WORK,
    WITHDREW,
    MOVED_AWAY,
    NO_LONGER_ELIGIBLE,
    REFERRED_ELSEWHERE,
    NO_ENGAGEMENT,
    DECEASED,
    OTHER
}
