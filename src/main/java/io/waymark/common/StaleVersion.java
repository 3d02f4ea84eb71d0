package io.waymark.common;

/** 409: the change was based on a version of the record that someone else has since replaced. */
public class StaleVersion extends RuleConflict {

    public StaleVersion() {
        super("version", "The record was changed by someone else since you loaded it; reload it and apply your change again");
    }
}
