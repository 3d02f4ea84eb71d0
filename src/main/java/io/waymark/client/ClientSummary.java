package io.waymark.client;

import java.time.LocalDate;
import java.util.UUID;

/** A client in a list: enough to find them and see where they are. */
public record ClientSummary(UUID id, String reference, String firstName, String lastName, ClientStatus status,
        Stage currentStage, LocalDate stageEnteredOn, LocalDate referralDate, UUID workerId) {
}
