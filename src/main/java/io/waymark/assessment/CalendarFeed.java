package io.waymark.assessment;

import io.waymark.common.Clocks;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an advisor's slots as iCalendar (RFC 5545). It names no client, only a booking's reference and the place,
 * because calendar applications keep and sync what they are given.
 */
final class CalendarFeed {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private CalendarFeed() {
    }

    record Event(String uid, Instant start, Instant end, String summary, String location) {
    }

    static String write(String calendarName, List<Event> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Waymark//Assessment diary//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        line(ics, "X-WR-TIMEZONE:" + Clocks.UK.getId());
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid());
            line(ics, "DTSTAMP:" + UTC.format(stamp));
            line(ics, "DTSTART:" + UTC.format(event.start()));
            line(ics, "DTEND:" + UTC.format(event.end()));
            line(ics, "SUMMARY:" + text(event.summary()));
            line(ics, "LOCATION:" + text(event.location()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** Lines longer than 75 characters are folded: CRLF and a space, as RFC 5545 asks. */
    private static void line(StringBuilder ics, String content) {
        String rest = content;
        boolean first = true;
        while (rest.length() > (first ? 75 : 74)) {
            int cut = first ? 75 : 74;
            ics.append(first ? "" : " ").append(rest, 0, cut).append(CRLF);
            rest = rest.substring(cut);
            first = false;
        }
        ics.append(first ? "" : " ").append(rest).append(CRLF);
    }
}
