package io.waymark.outcome;

/** The contract of a job outcome. */
public enum ContractType {
    PERMANENT,
    FIXED_TERM,
    TEMPORARY,
    ZERO_HOURS,
    APPRENTICESHIP,
    SELF_EMPLOYED
}
