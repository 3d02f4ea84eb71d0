package io.waymark.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A record that may be the same person, and why it was picked out. */
public record DuplicateCandidate(UUID id, String reference, String name, LocalDate dateOfBirth, ClientStatus status,
        List<String> reasons) {
}
