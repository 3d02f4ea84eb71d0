package io.waymark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The four-week target: who still needs booking, who is booked beyond their due date, who is overdue and unbooked,
 * and the share of flagged clients seen within four weeks, per advisor and per team.
 */
public record FourWeekReport(List<ClientDue> dueForBooking, List<ClientDue> bookedLate, List<ClientDue> overdueUnbooked,
        List<Share> byAdvisor, List<Share> byTeam) {

    /** {@code bookedOn} is the appointment's date for a late booking, otherwise null. */
    public record ClientDue(UUID clientId, String reference, String name, LocalDate dueOn, LocalDate bookedOn) {
    }

    /** Of {@code counted} flagged clients, {@code withinFourWeeks} were seen by their due date. */
    public record Share(UUID id, String name, long counted, long withinFourWeeks, Integer percent) {

        static Share of(UUID id, String name, long counted, long within) {
            return new Share(id, name, counted, within, counted == 0 ? null : (int) Math.round(within * 100.0 / counted));
        }
    }
}
