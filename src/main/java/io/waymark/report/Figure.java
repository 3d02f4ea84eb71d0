package io.waymark.report;

import com.fasterxml.jackson.annotation.JsonValue;
import io.waymark.report.Disclosure.Cell;
import io.waymark.report.Disclosure.Hidden;
import java.math.BigDecimal;
import java.util.List;

/**
 * One number of a report as its reader may see it: the value, or why it is not shown. In JSON a shown figure is a
 * number, a suppressed count is "<5", a count hidden so that another cannot be worked out, and a figure worked out
 * from a hidden count, are "suppressed", and a figure with nothing to count (a rate of zero people) is null. Its
 * schema in the API document is written by {@link FigureSchema}, as an annotation on a record cannot say it.
 *
 * <p>A count, or a figure worked out from counts, reads its cells when shown: the report decides at its end which
 * counts stay hidden ({@link Disclosure#protect()}), and every figure made from them follows.
 */
public record Figure(BigDecimal value, String shown, List<Cell> from, boolean isCount) {

    public static final String SMALL_COUNT = "<5";
    public static final String SUPPRESSED = "suppressed";
    public static final String NOT_APPLICABLE = "–";

    static final Figure NONE = new Figure(null, NOT_APPLICABLE);

    public Figure(BigDecimal value, String shown) {
        this(value, shown, List.of(), false);
    }

    static Figure of(BigDecimal value) {
        return new Figure(value, value.toPlainString());
    }

    static Figure suppressed() {
        return new Figure(null, SUPPRESSED);
    }

    static Figure countOf(Cell cell) {
        return new Figure(BigDecimal.valueOf(cell.n), String.valueOf(cell.n), List.of(cell), true);
    }

    static Figure workedOut(BigDecimal value, List<Cell> from) {
        return new Figure(value, value.toPlainString(), from, false);
    }

    /** Null while shown; otherwise what the reader sees instead. */
    private String hiddenAs() {
        for (Cell cell : from) {
            if (cell.hidden != Hidden.NO) {
                return isCount && cell.hidden == Hidden.SMALL ? SMALL_COUNT : SUPPRESSED;
            }
        }
        return null;
    }

    @Override
    public BigDecimal value() {
        return hiddenAs() == null ? value : null;
    }

    @Override
    public String shown() {
        String hidden = hiddenAs();
        return hidden != null ? hidden : shown;
    }

    @JsonValue
    public Object json() {
        return value() != null ? value() : isApplicable() ? shown() : null;
    }

    public boolean isShown() {
        return value() != null;
    }

    public boolean isApplicable() {
        return !NOT_APPLICABLE.equals(shown);
    }

    /** For drawing: the value, or nothing where it is not shown. */
    public double magnitude() {
        return value() == null ? 0 : value().doubleValue();
    }

    @Override
    public String toString() {
        return shown();
    }
}
