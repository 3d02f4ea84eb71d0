package io.waymark.caseload;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Put an unassigned client on a team's waiting list; urgent cases go first. */
public record WaitingListRequest(@NotNull UUID clientId, boolean urgent) {
}
