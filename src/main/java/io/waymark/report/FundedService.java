package io.waymark.report;

/** A service a funder may see the aggregate figures of. */
public record FundedService(String code, String name) {
}
