package io.waymark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An advisor's day or week: each day's slots with who is booked into them. */
public record DiaryView(UUID advisorId, String advisorName, LocalDate from, LocalDate to, List<Day> days) {

    public record Day(LocalDate date, List<Entry> slots) {
    }

    /**
     * A slot and its live or finished booking, if any. {@code undoable}: its attendance was recorded and may still be
     * taken back (today's appointment, no outcome yet).
     */
    public record Entry(SlotView slot, UUID bookingId, BookingStatus bookingStatus, UUID clientId, String clientReference,
            String clientName, boolean assessed, boolean started, boolean undoable) {
    }
}
