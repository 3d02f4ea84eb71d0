package io.waymark.report;

import io.waymark.common.DomainException;
import io.waymark.common.Problem;
import java.util.List;

/**
 * A report over more clients than Waymark computes on request: refused in plain words, before the service spends its
 * memory on it (docs/performance.md, "National report").
 */
public class ReportTooLarge extends DomainException {

    public ReportTooLarge(String field, long clients, long limit) {
        super(field + ": " + message(clients, limit), List.of(new Problem.FieldError(field, message(clients, limit))));
    }

    private static String message(long clients, long limit) {
        return "the providers sharing this programme hold %,d of its clients, and Waymark works out a national report"
                .formatted(clients) + " on request for up to %,d at present; nothing is wrong with the data".formatted(limit);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Report too large";
    }
}
