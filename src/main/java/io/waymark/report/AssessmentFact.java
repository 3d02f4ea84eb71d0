package io.waymark.report;

import java.time.LocalDate;

/** A self-assessment as the reports see it: its day and its four scores, in the order of OutcomeReport's AREAS. */
public record AssessmentFact(LocalDate on, int[] scores) {
}
