package io.waymark.client;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** What is known of a person about to be added: any of it may be missing. {@code excluding} is the record itself. */
public record DuplicateQuery(@Size(max = 100) String firstName, @Size(max = 100) String lastName, LocalDate dateOfBirth,
        @Size(max = 13) String nationalInsuranceNumber, @Size(max = 30) String phone, @Size(max = 254) String email,
        UUID excluding) {
}
