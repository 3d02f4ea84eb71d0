package io.waymark.client;

import io.waymark.common.Spreadsheet.Column;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.CustomFieldView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A client as "Find a client" finds them, read straight from SQL: the API's summary and the list page's row. */
public record ClientRow(UUID id, String reference, String firstName, String lastName, LocalDate dateOfBirth,
        ClientStatus status, Stage currentStage, LocalDate stageEnteredOn, LocalDate referralDate, UUID workerId,
        String workerName, String teamName, Map<String, Object> custom) {

    /** The client list as a file: what the page shows, a name in two columns so that a spreadsheet can sort it. */
    public static final List<Column<ClientRow>> COLUMNS = List.of(
            new Column<>("Reference", ClientRow::reference),
            new Column<>("First name", ClientRow::firstName),
            new Column<>("Last name", ClientRow::lastName),
            new Column<>("Date of birth", ClientRow::dateOfBirth),
            new Column<>("Stage", ClientRow::currentStage),
            new Column<>("In stage since", ClientRow::stageEnteredOn),
            new Column<>("Status", ClientRow::status),
            new Column<>("Referral date", ClientRow::referralDate),
            new Column<>("Worker", ClientRow::workerName),
            new Column<>("Team", ClientRow::teamName));

    /** The file's columns with one for each of the organisation's own fields, headed by its label. */
    static List<Column<ClientRow>> columnsWith(List<CustomFieldView> fields) {
        return CustomFieldService.withColumnsFor(COLUMNS, fields, ClientRow::custom);
    }
}
