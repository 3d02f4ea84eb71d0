package io.waymark.report;

import java.util.List;

/**
 * What the service cost in the period (the costs managers entered, pro rata by day), per person supported and per
 * person with a job outcome, beside the NDTi bands, with the caveats a reader needs.
 */
public record CostEffectiveness(boolean available, Figure totalCost, Figure costPerPersonSupported,
        Figure costPerJobOutcome, List<NdtiBenchmark.Comparison> comparisons, List<String> caveats) {
}
