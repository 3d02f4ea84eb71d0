package io.waymark.caseload;

import io.waymark.client.Stage;
import java.time.LocalDate;
import java.util.UUID;

/** A client on a team's waiting list, in the order they will be taken. */
public record WaitingClient(int position, UUID clientId, String reference, String firstName, String lastName,
        boolean urgent, LocalDate referralDate, LocalDate waitingSince, long daysWaiting, Stage currentStage) {
}
