package io.waymark.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a reader may see. Staff of the service see every figure. Commissioners see aggregates only: a count of 1
 * to 4 people is shown as "<5", and any figure worked out from such a count (a share, a rate, an index, a cost per
 * person, a median of fewer than 5 values) is suppressed too, so that it cannot be worked back.
 */
public enum Disclosure {
    FULL,
    SMALL_COUNTS_SUPPRESSED;

    public static final int SMALLEST_SHOWN = 5;

    public Count count(long n) {
        boolean hidden = this == SMALL_COUNTS_SUPPRESSED && n > 0 && n < SMALLEST_SHOWN;
        return new Count(n, hidden ? new Figure(null, Figure.SMALL_COUNT) : Figure.of(BigDecimal.valueOf(n)));
    }

    /** A percentage to one decimal place; nothing to show when the denominator is zero. */
    public Figure percentage(Count part, Count whole) {
        return derived(whole.n() == 0 ? null
                : BigDecimal.valueOf(part.n() * 100).divide(BigDecimal.valueOf(whole.n()), 1, RoundingMode.HALF_UP),
                part, whole);
    }

    /** A figure worked out from counts: suppressed when any of them is, absent when there is nothing to show. */
    public Figure derived(BigDecimal value, Count... from) {
        if (value == null) {
            return Figure.NONE;
        }
        for (Count count : from) {
            if (!count.figure().isShown()) {
                return new Figure(null, Figure.SUPPRESSED);
            }
        }
        return Figure.of(value);
    }

    /**
     * One person's own figure, such as the least or the most hours of a cohort: never shown to a commissioner, however
     * many people the cohort holds, as it describes somebody.
     */
    public Figure individual(BigDecimal value) {
        if (value == null) {
            return Figure.NONE;
        }
        return this == SMALL_COUNTS_SUPPRESSED ? new Figure(null, Figure.SUPPRESSED) : Figure.of(value);
    }

    /** A median (or other order statistic) of values: suppressed for commissioners when there are fewer than 5. */
    public Figure statistic(BigDecimal value, List<?> values) {
        if (value == null) {
            return Figure.NONE;
        }
        return this == SMALL_COUNTS_SUPPRESSED && values.size() < SMALLEST_SHOWN
                ? new Figure(null, Figure.SUPPRESSED) : Figure.of(value);
    }

    /**
     * The parts of a total, as the reader sees them. When a single part is hidden and the total is shown, the next
     * smallest part is suppressed too: otherwise the hidden one could be worked out by subtraction.
     */
    public List<Figure> parts(Count total, List<Count> parts) {
        List<Figure> figures = new java.util.ArrayList<>(parts.stream().map(Count::figure).toList());
        long hidden = figures.stream().filter(f -> !f.isShown()).count();
        if (this == SMALL_COUNTS_SUPPRESSED && hidden == 1 && total.figure().isShown()) {
            int smallest = -1;
            for (int i = 0; i < parts.size(); i++) {
                if (figures.get(i).isShown() && parts.get(i).n() > 0
                        && (smallest < 0 || parts.get(i).n() < parts.get(smallest).n())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                figures.set(smallest, new Figure(null, Figure.SUPPRESSED));
            }
        }
        return figures;
    }

    /** A number of people, and how the reader sees it. */
    public record Count(long n, Figure figure) {
    }
}
