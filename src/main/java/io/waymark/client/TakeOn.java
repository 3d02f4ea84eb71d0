package io.waymark.client;

/** Where a new referral goes: the referring worker's own caseload, or their team's waiting list. */
public enum TakeOn {
    CASELOAD,
    WAITING_LIST
}
