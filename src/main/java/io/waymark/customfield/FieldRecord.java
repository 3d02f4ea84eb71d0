package io.waymark.customfield;

/** The record an organisation's own field is on. */
public enum FieldRecord {
    CLIENT,
    JOB_OUTCOME
}
