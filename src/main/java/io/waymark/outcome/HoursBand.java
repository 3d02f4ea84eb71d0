package io.waymark.outcome;

import io.waymark.common.Labelled;
import java.math.BigDecimal;

/**
 * Hours-per-week bands for reporting (domain.md: 1-4, 5-15, 16-29, 30 and over), named by what they hold: hours are
 * kept to a tenth, so 4.5 hours is under 5 and 15.5 is under 16.
 */
public enum HoursBand implements Labelled {
    UNDER_5("Under 5 hours"),
    FROM_5_TO_UNDER_16("5 to under 16 hours"),
    FROM_16_TO_UNDER_30("16 to under 30 hours"),
    FROM_30("30 hours or more");

    /** Fair Start Scotland paid only for jobs of this many hours a week or more. */
    public static final BigDecimal SIXTEEN = BigDecimal.valueOf(16);

    private final String label;

    HoursBand(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static HoursBand of(BigDecimal hours) {
        if (hours.compareTo(BigDecimal.valueOf(5)) < 0) {
            return UNDER_5;
        }
        if (hours.compareTo(SIXTEEN) < 0) {
            return FROM_5_TO_UNDER_16;
        }
        return hours.compareTo(BigDecimal.valueOf(30)) < 0 ? FROM_16_TO_UNDER_30 : FROM_30;
    }
}
