package io.waymark.assessment;

import io.waymark.common.Spreadsheet.Column;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An advisor's day or week: each day's slots with who is booked into them. */
public record DiaryView(UUID advisorId, String advisorName, LocalDate from, LocalDate to, List<Day> days) {

    /** The columns of a diary as a file: a row for each slot, as the page shows it. */
    public static final List<Column<Entry>> COLUMNS = List.of(
            new Column<>("Date", entry -> entry.slot().date()),
            new Column<>("Start", entry -> entry.slot().startTime()),
            new Column<>("Minutes", entry -> entry.slot().lengthMinutes()),
            new Column<>("Place", entry -> entry.slot().place()),
            new Column<>("Booking", entry -> entry.bookingStatus() == null ? "Free" : entry.bookingStatus()),
            new Column<>("Client", Entry::clientName),
            new Column<>("Reference", Entry::clientReference));

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
