package io.waymark.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a worker records about a client, on referral and on every later edit. A consent date, once given,
 * makes a referred client active; its scope is what the client agreed to (taking part, {@code SUPPORT}, when left
 * out). The reference is generated when left out. {@code needsIntenseSupport} (default false) sets a health and
 * wellbeing assessment due four weeks after the programme start. {@code takeOn}, on referral only, says where the
 * case goes: the referring worker's own caseload, or their team's waiting list (left out: neither, as an intake
 * system's referral). {@code custom}: the organisation's own fields by key ({@code GET /api/v1/custom-fields}); on an
 * edit, a key left out keeps its value and null clears it. {@code programme}, {@code referralSource},
 * {@code clientGroups} and {@code localAuthority} are values of the organisation's lists ({@code GET
 * /api/v1/lists/...}), by code or by name: a national value, or one of its own, counted as a national value.
 */
public record ClientDetails(
        @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9/-]+", message = "may contain only letters, digits, '/' and '-'")
        String reference,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String preferredName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Gender gender,
        @Size(max = 100) String ethnicity,
        @Email @Size(max = 254) String email,
        @Size(max = 30) @Pattern(regexp = "[0-9 +()-]*", message = "may contain only digits, spaces and + ( ) -")
        String phone,
        @Size(max = 13) @Pattern(regexp = "[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]",
                message = "is not a National Insurance number (two letters, six digits, A to D)")
        String nationalInsuranceNumber,
        @Size(max = 500) String address,
        @Size(max = 10) String postcode,
        @NotBlank @Size(max = 100) String localAuthority,
        @NotBlank String programme,
        @NotBlank String referralSource,
        @NotNull @PastOrPresent LocalDate referralDate,
        LocalDate programmeStartDate,
        @PastOrPresent LocalDate consentDate,
        Set<@NotNull ConsentScope> consentScope,
        List<@NotBlank String> clientGroups,
        @NotNull SupportLevel supportLevel,
        Boolean needsIntenseSupport,
        TakeOn takeOn,
        Map<String, Object> custom) {
}
