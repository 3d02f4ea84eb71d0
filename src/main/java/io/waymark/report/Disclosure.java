package io.waymark.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a reader may see of one report. Staff of the service see every figure. Commissioners see aggregates only:
 *
 * <ul>
 * <li>primary suppression: a count of 1 to 4 people is shown as "&lt;5";</li>
 * <li>secondary (complementary) suppression: the report's counts are tied by sums (the kinds of job add up to the
 * people with a job, each breakdown adds up to the whole service, and a count and its complement add up to their
 * total: the people who did not reach a stage are the supported minus those who did). {@link #protect()} works
 * out, as a reader would, every range each hidden count could take from every sum, and hides more counts until
 * no count of 1 to 4, shown or only implied, can be pinned to one value;</li>
 * <li>any figure worked out from a hidden count (a share, a rate, an index, a cost per person) is suppressed, and a
 * median of fewer than 5 values, and one person's own figure (the least or most hours), are never shown.</li>
 * </ul>
 * The rule is set out in docs/measures.md. Counts are recorded as the report is worked out; the figures read their
 * cell when shown, so the suppression decided at the end applies to every figure made from a count.
 */
public final class Disclosure {

    public static final int SMALLEST_SHOWN = 5;
    /** A count no report reaches: the upper bound of a hidden count whose sums do not bound it. */
    private static final long UNBOUNDED = 1_000_000_000L;

    private final boolean suppresses;
    private final List<Cell> cells = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    private Disclosure(boolean suppresses) {
        this.suppresses = suppresses;
    }

    /** For the service's own staff: every figure shown. */
    public static Disclosure full() {
        return new Disclosure(false);
    }

    /** For a commissioner: small counts hidden, and whatever would give them away. */
    public static Disclosure forCommissioner() {
        return new Disclosure(true);
    }

    public boolean showsEverything() {
        return !suppresses;
    }

    /** A number of people shown in the report. */
    public Count count(long n) {
        return add(n, true);
    }

    /**
     * A number of people the report does not show but a reader can work out from it (the supported without a job:
     * the supported minus those with one): it is protected as if it were shown.
     */
    public Count implied(long n) {
        return add(n, false);
    }

    private Count add(long n, boolean published) {
        Cell cell = new Cell(n, published);
        if (suppresses && n > 0 && n < SMALLEST_SHOWN) {
            cell.hidden = Hidden.SMALL;
        }
        cells.add(cell);
        return new Count(n, cell);
    }

    /** Declares that {@code total} is the sum of {@code parts}, as a reader of the report could know. */
    public void adds(Count total, Count... parts) {
        adds(total, Arrays.asList(parts));
    }

    public void adds(Count total, List<Count> parts) {
        if (suppresses) {
            lines.add(new Line(total.cell(), parts.stream().map(Count::cell).toList()));
        }
    }

    /** A count and its complement in a total: declares {@code total = part + (total - part)}. */
    public void within(Count total, Count part) {
        adds(total, part, implied(total.n() - part.n()));
    }

    /** A percentage to one decimal place; nothing to show when the denominator is zero. */
    public Figure percentage(Count part, Count whole) {
        return derived(whole.n() == 0 ? null
                : BigDecimal.valueOf(part.n() * 100).divide(BigDecimal.valueOf(whole.n()), 1, RoundingMode.HALF_UP),
                part, whole);
    }

    /** A figure worked out from counts: suppressed when any of them is hidden, absent when there is nothing to show. */
    public Figure derived(BigDecimal value, Count... from) {
        if (value == null) {
            return Figure.NONE;
        }
        return Figure.workedOut(value, Arrays.stream(from).map(Count::cell).toList());
    }

    /**
     * One person's own figure, such as the least or the most hours of a cohort: never shown to a commissioner, however
     * many people the cohort holds, as it describes somebody.
     */
    public Figure individual(BigDecimal value) {
        if (value == null) {
            return Figure.NONE;
        }
        return suppresses ? Figure.suppressed() : Figure.of(value);
    }

    /** A median (or other order statistic) of values: suppressed for commissioners when there are fewer than 5. */
    public Figure statistic(BigDecimal value, List<?> values) {
        if (value == null) {
            return Figure.NONE;
        }
        return suppresses && values.size() < SMALLEST_SHOWN ? Figure.suppressed() : Figure.of(value);
    }

    /**
     * Hides counts until no count of 1 to 4 can be worked out from the sums: each round finds, as a reader would, the
     * range every count could take, and hides the smallest shown count in a sum that pins one down. Deterministic: the
     * same figures always hide the same cells, so that the same quarter reads the same wherever it appears.
     */
    public void protect() {
        if (!suppresses) {
            return;
        }
        for (Cell exposed = exposed(); exposed != null; exposed = exposed()) {
            Cell next = nextToHide(exposed);
            if (next != null) {
                next.hidden = Hidden.SUPPRESSED;
            } else {
                // Every count tied to it is hidden and "<5" still gives it away (so few people that 1-to-4 pins them):
                // then nothing tied to it is shown, not even which counts are small or zero.
                connectedTo(exposed).stream().filter(c -> c.published).forEach(c -> c.hidden = Hidden.SUPPRESSED);
            }
        }
    }

    /** Every count tied to this one by a chain of sums. */
    private java.util.Set<Cell> connectedTo(Cell start) {
        java.util.Set<Cell> reached = new java.util.LinkedHashSet<>(List.of(start));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Line line : lines) {
                if (line.cells().stream().anyMatch(reached::contains)) {
                    grew |= reached.addAll(line.cells());
                }
            }
        }
        return reached;
    }

    /** The first count of 1 to 4 that a reader could pin down from the sums, or null. */
    private Cell exposed() {
        cells.forEach(Cell::resetBounds);
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            for (Line line : lines) {
                narrowed |= line.narrow();
            }
        }
        for (Cell cell : cells) {
            if (cell.n > 0 && cell.n < SMALLEST_SHOWN && !cell.isShownExactly() && cell.lo == cell.hi) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The count to hide next: the smallest shown part above zero of a sum holding the exposed count, or else such a
     * sum's shown total; when those sums hold none, the same one step further out (the sums that pin the hidden counts
     * of these sums), and so on.
     */
    private Cell nextToHide(Cell exposed) {
        java.util.Set<Cell> reached = new java.util.HashSet<>(List.of(exposed));
        List<Cell> frontier = List.of(exposed);
        while (!frontier.isEmpty()) {
            Cell best = null;
            Cell total = null;
            List<Cell> next = new ArrayList<>();
            for (Line line : lines) {
                if (frontier.stream().noneMatch(c -> line.total == c || line.parts.contains(c))) {
                    continue;
                }
                for (Cell part : line.parts) {
                    if (part.isShownExactly() && part.n > 0 && (best == null || part.n < best.n)) {
                        best = part;
                    }
                }
                if (total == null && line.total.isShownExactly() && line.total.n > 0) {
                    total = line.total;
                }
                for (Cell cell : line.cells()) {
                    if (!cell.isShownExactly() && reached.add(cell)) {
                        next.add(cell);
                    }
                }
            }
            if (best != null || total != null) {
                return best != null ? best : total;
            }
            frontier = next;
        }
        return null;
    }

    /** A number of people, and the cell that says whether the reader sees it. */
    public record Count(long n, Cell cell) {

        public Figure figure() {
            return cell.published ? Figure.countOf(cell) : Figure.NONE;
        }
    }

    enum Hidden {
        NO, SMALL, SUPPRESSED
    }

    /** One count of the report: its value, whether it is shown at all, whether it is hidden, and its range as read. */
    public static final class Cell {
        final long n;
        final boolean published;
        Hidden hidden = Hidden.NO;
        long lo;
        long hi;

        Cell(long n, boolean published) {
            this.n = n;
            this.published = published;
        }

        boolean isShownExactly() {
            return published && hidden == Hidden.NO;
        }

        /** What a reader knows before using any sum: a shown count, "<5" (1 to 4), or nothing ("suppressed", or not shown). */
        void resetBounds() {
            if (isShownExactly()) {
                lo = n;
                hi = n;
            } else if (hidden == Hidden.SMALL && published) {
                lo = 1;
                hi = SMALLEST_SHOWN - 1;
            } else {
                // "suppressed" may hide any count, zero or small included; a count not shown at all is unknown.
                lo = 0;
                hi = UNBOUNDED;
            }
        }
    }

    /** total = the sum of the parts. */
    private record Line(Cell total, List<Cell> parts) {

        List<Cell> cells() {
            List<Cell> all = new ArrayList<>(parts);
            all.add(total);
            return all;
        }

        /**
         * Narrows each range from the others; true when any range changed. The parts' sums are kept as they narrow
         * rather than added up again for each part: a national report's lines have hundreds of parts (providers).
         */
        boolean narrow() {
            long lo = 0;
            long hi = 0;
            int unbounded = 0;
            for (Cell part : parts) {
                lo += part.lo;
                if (part.hi >= UNBOUNDED) {
                    unbounded++;
                } else {
                    hi += part.hi;
                }
            }
            boolean changed = tighten(total, lo, unbounded > 0 ? UNBOUNDED : Math.min(hi, UNBOUNDED));
            for (Cell part : parts) {
                long partLo = part.lo;
                long partHi = part.hi;
                boolean partUnbounded = partHi >= UNBOUNDED;
                long othersLo = lo - partLo;
                long othersHi = unbounded - (partUnbounded ? 1 : 0) > 0 ? UNBOUNDED
                        : Math.min(hi - (partUnbounded ? 0 : partHi), UNBOUNDED);
                if (tighten(part, total.lo - othersHi, total.hi - othersLo)) {
                    changed = true;
                    lo += part.lo - partLo;
                    if (!partUnbounded) {
                        hi += part.hi - partHi;
                    } else if (part.hi < UNBOUNDED) {
                        unbounded--;
                        hi += part.hi;
                    }
                }
            }
            return changed;
        }

        private static boolean tighten(Cell cell, long lo, long hi) {
            boolean changed = false;
            if (lo > cell.lo) {
                cell.lo = lo;
                changed = true;
            }
            if (hi < cell.hi) {
                cell.hi = hi;
                changed = true;
            }
            return changed;
        }
    }
}
