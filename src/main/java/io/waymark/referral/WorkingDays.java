package io.waymark.referral;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days are Monday to Friday; bank holidays differ across the UK's nations and are not taken off. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The working days after {@code from} up to and including {@code to}: Friday to Monday is one. */
    static long between(LocalDate from, LocalDate to) {
        long days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
