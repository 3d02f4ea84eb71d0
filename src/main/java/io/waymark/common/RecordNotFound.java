package io.waymark.common;

import java.util.List;

/** 404: the record does not exist, or belongs to another organisation (which must look the same). */
public class RecordNotFound extends DomainException {

    public RecordNotFound(String what, Object id) {
        super("No " + what + " with id " + id, List.of());
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
