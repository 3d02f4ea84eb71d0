package io.waymark.report;

/** A part of a whole: how many, and what share of the whole (a percentage). */
public record Portion(String category, String label, Figure count, Figure share) {
}
