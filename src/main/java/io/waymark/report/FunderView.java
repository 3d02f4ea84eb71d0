package io.waymark.report;

public record FunderView(String code, String name) {
}
