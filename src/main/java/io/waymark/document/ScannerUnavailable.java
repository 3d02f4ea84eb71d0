package io.waymark.document;

import io.waymark.common.DomainException;
import java.util.List;

/** 503: the virus scanner did not answer, so the file was not kept; trying again later may pass. */
public class ScannerUnavailable extends DomainException {

    public ScannerUnavailable() {
        super("The virus scanner did not answer, so the file was not kept; try again in a few minutes", List.of());
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Service unavailable";
    }

    @Override
    public Integer retryAfterSeconds() {
        return 60;
    }
}
