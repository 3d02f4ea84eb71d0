package io.waymark.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ContactPerson(@NotBlank @Size(max = 100) String name, @Size(max = 100) String role,
        @Size(max = 30) String phone, @Email @Size(max = 254) String email) {
}
