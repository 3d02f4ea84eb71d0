package io.waymark.client;

import java.time.LocalDate;
import java.util.UUID;

/** A client as "Find a client" finds them, read straight from SQL: the API's summary and the list page's row. */
public record ClientRow(UUID id, String reference, String firstName, String lastName, LocalDate dateOfBirth,
        ClientStatus status, Stage currentStage, LocalDate stageEnteredOn, LocalDate referralDate, UUID workerId,
        String workerName, String teamName) {
}
