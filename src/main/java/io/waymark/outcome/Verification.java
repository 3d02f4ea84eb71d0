package io.waymark.outcome;

/** How a follow-up answer was checked. */
public enum Verification {
    CLIENT,
    EMPLOYER,
    PAYSLIP,
    WORKER_OBSERVED,
    OTHER
}
