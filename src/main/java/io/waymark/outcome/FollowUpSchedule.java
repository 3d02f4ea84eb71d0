package io.waymark.outcome;

import io.waymark.common.InvalidInput;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a job outcome's sustainment is checked: a list of points after the start, written as ISO-8601 periods
 * ("P4W,P13W,P26W,P52W" for Scotland's national returns; "P3M,P6M,P12M" for Fair Start Scotland), counted from the
 * job's outcome date (a retained job held before support began: the day support began). Dates are
 * calendar dates (UK), so a clock change never moves a check to another day.
 */
public record FollowUpSchedule(List<Point> points) {

    /** Scotland's national returns, for programmes with no outcome definition of their own. */
    public static final String NATIONAL_RETURN = "P4W,P13W,P26W,P52W";

    private static final Pattern POINT = Pattern.compile("P(\\d{1,3})([WM])");
    private static final int MOST_POINTS = 8;

    public record Point(String label, Period after) {

        public LocalDate dueFrom(LocalDate outcomeDate) {
            return outcomeDate.plus(after);
        }

        /** The point a check was made for, read back from its label ("13 weeks", "1 month"). */
        public static Point ofLabel(String label) {
            String[] parts = label.split(" ");
            int n = Integer.parseInt(parts[0]);
            return new Point(label, parts[1].startsWith("week") ? Period.ofWeeks(n) : Period.ofMonths(n));
        }
    }

    /** Reads a schedule; a bad one is a 400 naming {@code followUpSchedule}. */
    public static FollowUpSchedule parse(String schedule) {
        List<Point> points = new ArrayList<>();
        LocalDate reference = LocalDate.of(2000, 1, 1);
        for (String part : (schedule == null ? "" : schedule).split(",")) {
            Matcher m = POINT.matcher(part.strip().toUpperCase());
            if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
                throw new InvalidInput("followUpSchedule",
                        "write each check as weeks or months after the start, for example P4W,P13W,P26W,P52W or P3M,P6M");
            }
            int n = Integer.parseInt(m.group(1));
            boolean weeks = m.group(2).equals("W");
            Point point = new Point(n + (weeks ? (n == 1 ? " week" : " weeks") : (n == 1 ? " month" : " months")),
                    weeks ? Period.ofWeeks(n) : Period.ofMonths(n));
            if (!points.isEmpty() && !reference.plus(point.after()).isAfter(reference.plus(points.get(points.size() - 1).after()))) {
                throw new InvalidInput("followUpSchedule", "list the checks in order, each later than the one before");
            }
            points.add(point);
        }
        if (points.size() > MOST_POINTS) {
            throw new InvalidInput("followUpSchedule", "at most " + MOST_POINTS + " checks");
        }
        return new FollowUpSchedule(List.copyOf(points));
    }
}
