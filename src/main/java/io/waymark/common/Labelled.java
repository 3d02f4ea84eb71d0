package io.waymark.common;

/** A reference-list value whose name does not read well as words ("IPS", "16 to under 30 hours"). */
public interface Labelled {

    String label();
}
