package io.waymark.client;

import io.waymark.common.Labelled;
import java.time.LocalDate;
import java.time.Period;

/** Age bands for reporting: most clients are over 25 and a quarter over 50 (domain.md). */
public enum AgeBand implements Labelled {
    UNDER_25("Under 25"),
    FROM_25_TO_49("25 to 49"),
    FROM_50("50 and over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static AgeBand of(LocalDate dateOfBirth, LocalDate on) {
        int age = Period.between(dateOfBirth, on).getYears();
        return age < 25 ? UNDER_25 : age < 50 ? FROM_25_TO_49 : FROM_50;
    }
}
