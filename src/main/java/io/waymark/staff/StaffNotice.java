package io.waymark.staff;

/** What a member of staff may choose to be emailed. */
public enum StaffNotice {
    /** A client given to them. */
    CLIENT_ASSIGNED,
    /** A referral waiting for review (team leads). */
    REFERRAL_WAITING,
    /** At 07:00, what is due today (workers). */
    MORNING_DIGEST
}
