package io.waymark.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new review's form, pre-filled from case data: for the items the data can evidence, the figure, the suggested
 * score and the calculation; the others are left for the reviewers. Indicators are figures the scale does not score.
 */
public record FidelityPrefill(UUID teamId, String teamName, LocalDate asOf, List<ItemEvidence> items,
        List<Indicator> indicators) {

    public record ItemEvidence(FidelityItem item, FidelityItem.Section section, String label, Integer suggestedScore,
            String figure, String calculation) {
    }

    public record Indicator(String name, String figure, String calculation) {
    }
}
