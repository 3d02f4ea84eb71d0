package io.waymark.caseload;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Give a client to a worker (a transfer when someone else holds the case), or with no worker put them back on the
 * team's waiting list.
 */
public record AssignmentRequest(UUID workerId, @Size(max = 2000) String reason) {
}
