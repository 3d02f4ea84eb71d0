package io.waymark.outcome;

import io.waymark.client.Programme;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * When a job outcome's sustainment is checked. Scotland's national returns follow people up 4, 13, 26 and 52 weeks
 * after the start; Fair Start Scotland paid on sustainment at 3, 6 and 12 months. Dates are calendar dates (UK), so
 * a clock change never moves a check to another day.
 */
public enum FollowUpSchedule {
    NATIONAL_RETURN(List.of(new Point("4 weeks", Period.ofWeeks(4)), new Point("13 weeks", Period.ofWeeks(13)),
            new Point("26 weeks", Period.ofWeeks(26)), new Point("52 weeks", Period.ofWeeks(52)))),
    FAIR_START_SCOTLAND(List.of(new Point("3 months", Period.ofMonths(3)), new Point("6 months", Period.ofMonths(6)),
            new Point("12 months", Period.ofMonths(12))));

    public record Point(String label, Period after) {

        public LocalDate dueFrom(LocalDate start) {
            return start.plus(after);
        }
    }

    private final List<Point> points;

    FollowUpSchedule(List<Point> points) {
        this.points = points;
    }

    public List<Point> points() {
        return points;
    }

    public static FollowUpSchedule of(Programme programme) {
        return programme == Programme.FAIR_START_SCOTLAND ? FAIR_START_SCOTLAND : NATIONAL_RETURN;
    }
}
