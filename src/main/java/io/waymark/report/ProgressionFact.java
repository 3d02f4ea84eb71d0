package io.waymark.report;

import io.waymark.progression.ProgressionKind;
import java.time.LocalDate;

/** A progression as the reports see it: its kind and the day it started, or was completed or gained. */
public record ProgressionFact(ProgressionKind kind, LocalDate on) {
}
