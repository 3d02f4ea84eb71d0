package io.waymark.fidelity;

import java.time.LocalDate;
import java.util.List;

/** A team's reviews over time, oldest first: each item's scores and the totals, one column per review. */
public record FidelityTrend(List<LocalDate> reviewedOn, List<Integer> totals, List<ItemScores> items) {

    public record ItemScores(FidelityItem item, String label, List<Integer> scores) {
    }
}
