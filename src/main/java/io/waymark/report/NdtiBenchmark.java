package io.waymark.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The NDTi study's evidence-based bands and national averages (70 English services, 2011/12 and 2012/13 data;
 * domain.md, "Measures"). A service's figure is placed below, within or above the evidence-based band.
 */
public enum NdtiBenchmark {
    COST_PER_PERSON_SUPPORTED("Cost per person supported", "600", "1740", "1730"),
    COST_PER_JOB_OUTCOME("Cost per job outcome", "1600", "4000", "8217"),
    JOB_OUTCOME_RATE("Job outcome rate (%)", "30", "56", "38");

    private final String measure;
    private final BigDecimal bandFrom;
    private final BigDecimal bandTo;
    private final BigDecimal nationalAverage;

    NdtiBenchmark(String measure, String bandFrom, String bandTo, String nationalAverage) {
        this.measure = measure;
        this.bandFrom = new BigDecimal(bandFrom);
        this.bandTo = new BigDecimal(bandTo);
        this.nationalAverage = new BigDecimal(nationalAverage);
    }

    public enum Position { BELOW_BAND, WITHIN_BAND, ABOVE_BAND }

    /** The figure beside the band; no position (left out of the JSON) when the figure is not shown. */
    public Comparison compare(Figure figure) {
        Position position = null;
        if (figure.isShown()) {
            BigDecimal value = figure.value();
            position = value.compareTo(bandFrom) < 0 ? Position.BELOW_BAND
                    : value.compareTo(bandTo) > 0 ? Position.ABOVE_BAND : Position.WITHIN_BAND;
        }
        return new Comparison(measure, figure, bandFrom, bandTo, nationalAverage, position);
    }

    public record Comparison(String measure, Figure value, BigDecimal evidenceBasedFrom, BigDecimal evidenceBasedTo,
            BigDecimal nationalAverage, @JsonInclude(JsonInclude.Include.NON_NULL) Position position) {
    }
}
