package io.waymark.referral;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A referral as a form sends it: the person, how to contact them, what they want help with, and that they agreed. From
 * a partner's link also who is referring them and the answers to the partner's questions, in the questions' order.
 */
public record ReferralRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String preferredName,
        @NotNull @Past LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Size(max = 30) @Pattern(regexp = "[0-9 +()-]*", message = "may contain only digits, spaces and + ( ) -")
        String phone,
        @Size(max = 10) String postcode,
        Set<@NotNull ContactBy> contactBy,
        @Size(max = 2000) String about,
        boolean agreed,
        @Size(max = 100) String referrerName,
        @Email @Size(max = 254) String referrerEmail,
        @Size(max = 30) @Pattern(regexp = "[0-9 +()-]*", message = "may contain only digits, spaces and + ( ) -")
        String referrerPhone,
        List<@Size(max = 1000) String> answers) {
}
