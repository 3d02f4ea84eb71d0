package io.waymark.caseload;

import java.util.UUID;

/** Take the next client off the waiting list; without a worker, the one with the most room gets them. */
public record NextClientRequest(UUID workerId) {
}
