package io.waymark.referral;

/** Where a referral is in the queue: waiting for a decision, accepted (a client now), or declined. */
public enum ReferralStatus {
    NEW,
    ACCEPTED,
    DECLINED
}
