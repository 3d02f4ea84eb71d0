package io.waymark.lists;

/** Why a client stopped being supported. */
public enum ClosureReason {
    SUSTAINED_IN_WORK,
    WITHDREW,
    MOVED_AWAY,
    NO_LONGER_ELIGIBLE,
    REFERRED_ELSEWHERE,
    NO_ENGAGEMENT,
    DECEASED,
    OTHER,
    /** Set only by a merge: the record was a duplicate, and points to the record that was kept. */
    MERGED
}
