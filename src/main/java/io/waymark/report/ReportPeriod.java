package io.waymark.report;

import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dates a report covers, both days included. Quarters are calendar quarters: 2025-Q3 is July to September. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    /** Reports are about the past and present; a longer span is a mistake rather than a question. */
    private static final long LONGEST_YEARS = 10;

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
        return new ReportPeriod(from, from.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod quarterContaining(LocalDate day) {
        return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    /** Reads "2025-Q3"; a bad value is a 400 naming the parameter. */
    public static ReportPeriod parseQuarter(String name, String value) {
        Matcher m = value == null ? null : QUARTER.matcher(value.strip().toUpperCase());
        if (m == null || !m.matches()) {
            throw new InvalidInput(name, "is not a quarter; write it as 2025-Q3 (July to September 2025)");
        }
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** A period from query parameters: a quarter, or from and to dates. */
    public static ReportPeriod parse(String quarter, String from, String to) {
        if (quarter != null && !quarter.isBlank()) {
            if (from != null || to != null) {
                throw new InvalidInput("quarter", "give either a quarter or from and to dates, not both");
            }
            return parseQuarter("quarter", quarter);
        }
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        if (start == null) {
            throw new InvalidInput("from", "give the first day of the period (yyyy-mm-dd), or a quarter");
        }
        if (end == null) {
            throw new InvalidInput("to", "give the last day of the period (yyyy-mm-dd), or a quarter");
        }
        if (end.isBefore(start)) {
            throw new InvalidInput("to", "cannot be before from (" + start + ")");
        }
        if (end.isAfter(start.plusYears(LONGEST_YEARS))) {
            throw new InvalidInput("to", "a report covers at most " + LONGEST_YEARS + " years");
        }
        return new ReportPeriod(start, end);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days this period shares with another. */
    public long overlapDays(ReportPeriod other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** "2025-Q3" when the period is exactly a calendar quarter, otherwise the two dates. */
    public String label() {
        ReportPeriod quarter = quarterContaining(from);
        return quarter.equals(this)
                ? from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR)
                : from + " to " + to;
    }

    /** The calendar quarters up to and including the one this period ends in, oldest first. */
    public List<ReportPeriod> quartersEndingHere(int count) {
        List<ReportPeriod> quarters = new ArrayList<>();
        ReportPeriod quarter = quarterContaining(to);
        for (int i = count - 1; i >= 0; i--) {
            LocalDate start = quarter.from.minusMonths(3L * i);
            quarters.add(quarterContaining(start));
        }
        return quarters;
    }
}
