package io.waymark.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * One number of a report as its reader may see it: the value, or why it is not shown. In JSON a shown figure is a
 * number, a suppressed count is "<5", a figure worked out from a suppressed count is "suppressed", and a figure
 * with nothing to count (a rate of zero people) is null. Its schema in the API document is written by
 * {@link FigureSchema}, as an annotation on a record cannot say it.
 */
public record Figure(BigDecimal value, String shown) {

    public static final String SMALL_COUNT = "<5";
    public static final String SUPPRESSED = "suppressed";
    public static final String NOT_APPLICABLE = "–";

    static final Figure NONE = new Figure(null, NOT_APPLICABLE);

    static Figure of(BigDecimal value) {
        return new Figure(value, value.toPlainString());
    }

    @JsonValue
    public Object json() {
        return value != null ? value : isApplicable() ? shown : null;
    }

    public boolean isShown() {
        return value != null;
    }

    public boolean isApplicable() {
        return !NOT_APPLICABLE.equals(shown);
    }

    /** For drawing: the value, or nothing where it is not shown. */
    public double magnitude() {
        return value == null ? 0 : value.doubleValue();
    }

    @Override
    public String toString() {
        return shown;
    }
}
