package io.waymark.contact;

import io.waymark.client.Stage;
import io.waymark.common.Spreadsheet.Column;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ContactView(UUID id, OffsetDateTime happenedAt, ContactChannel channel, int durationMinutes,
        Stage stage, String notes, UUID recordedById, String recordedByName, OffsetDateTime recordedAt) {

    /** The columns of a client's contacts as a file: what the timeline shows of each. */
    public static final List<Column<ContactView>> COLUMNS = List.of(
            new Column<>("When", ContactView::happenedAt),
            new Column<>("How", ContactView::channel),
            new Column<>("Minutes", ContactView::durationMinutes),
            new Column<>("Stage", ContactView::stage),
            new Column<>("Notes", ContactView::notes),
            new Column<>("Recorded by", ContactView::recordedByName),
            new Column<>("Recorded at", ContactView::recordedAt));
}
