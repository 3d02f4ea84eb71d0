package io.waymark.referral;

import io.waymark.client.ClientDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Accepting a referral: the client's record as the team lead completed it from the referral (its {@code takeOn} left
 * out), and where the case goes: a worker's caseload ({@code workerId}, within their limit) or a team's waiting list
 * ({@code teamId}); exactly one of them.
 */
public record AcceptRequest(@Valid @NotNull ClientDetails client, UUID teamId, UUID workerId) {
}
