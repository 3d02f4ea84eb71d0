package io.waymark.today;

import io.waymark.client.ClientsExported;
import io.waymark.client.Stage;
import io.waymark.common.Spreadsheet;
import io.waymark.common.Spreadsheet.Column;
import io.waymark.staff.StaffView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** "My caseload" as a file, with the page's stage filter; each client in it has the download in their audit trail. */
@ApplicationScoped
public class CaseloadExport {

    /** The columns "My caseload" shows. */
    static final List<Column<Today.CaseloadRow>> COLUMNS = List.of(
            new Column<>("Client", Today.CaseloadRow::name),
            new Column<>("Reference", Today.CaseloadRow::reference),
            new Column<>("Stage", Today.CaseloadRow::stage),
            new Column<>("Days in stage", Today.CaseloadRow::daysInStage),
            new Column<>("Last contact", Today.CaseloadRow::lastContact),
            new Column<>("Next review", Today.CaseloadRow::nextReview),
            new Column<>("Assessment due", Today.CaseloadRow::assessmentDue));

    @Inject
    TodayQuery days;

    @Inject
    Event<ClientsExported> exports;

    @Inject
    Clock clock;

    @Transactional
    public Spreadsheet.Listed<Today.CaseloadRow> of(StaffView me, Stage only, Spreadsheet.Format format) {
        List<Today.CaseloadRow> rows = days.of(me, only).clients();
        exports.fire(new ClientsExported(me.organisationCode(), "caseload", format.extension,
                rows.stream().map(row -> UUID.fromString(row.id())).toList()));
        return new Spreadsheet.Listed<>("waymark-caseload-" + LocalDate.now(clock), COLUMNS, rows);
    }
}
