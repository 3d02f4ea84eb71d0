package io.waymark.employer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What is recorded about an employer; the Disability Confident level defaults to NONE. */
public record EmployerDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String sector,
        SizeBand sizeBand,
        @Size(max = 500) String address,
        @Size(max = 100) String localAuthority,
        DisabilityConfident disabilityConfident,
        @Size(max = 5000) String notes,
        @Size(max = 20) List<@Valid ContactPerson> contacts) {
}
