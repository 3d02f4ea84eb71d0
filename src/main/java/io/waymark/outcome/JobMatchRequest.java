package io.waymark.outcome;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Match the client to an opportunity, or to an employer directly (e.g. before a job is carved). */
public record JobMatchRequest(UUID opportunityId, UUID employerId, @Size(max = 2000) String note) {
}
