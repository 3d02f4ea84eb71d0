package io.waymark.outcome;

import io.waymark.common.Labelled;
import java.math.BigDecimal;

/** Hours-per-week bands for reporting (domain.md): 1-4, 5-15, 16-29, 30 and over. */
public enum HoursBand implements Labelled {
    UP_TO_4("Up to 4 hours"),
    FROM_5_TO_15("5 to 15 hours"),
    FROM_16_TO_29("16 to 29 hours"),
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
            return UP_TO_4;
        }
        if (hours.compareTo(SIXTEEN) < 0) {
            return FROM_5_TO_15;
        }
        return hours.compareTo(BigDecimal.valueOf(30)) < 0 ? FROM_16_TO_29 : FROM_30;
    }
}
