package io.waymark.lists;

/** The client groups of domain.md; a client can be in several. */
public enum ClientGroup {
    LEARNING_DISABILITY,
    MENTAL_HEALTH_PROBLEM,
    PHYSICAL_OR_SENSORY_IMPAIRMENT,
    AUTISM,
    HOMELESS,
    DRUG_OR_ALCOHOL_PROBLEM,
    LONG_TERM_HEALTH_CONDITION,
    LOSS_OF_VOICE,
    OTHER
}
