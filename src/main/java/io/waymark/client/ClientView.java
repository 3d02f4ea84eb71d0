package io.waymark.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A client record as the API shows it; {@code version} is what an update must send back in If-Match. */
public record ClientView(
        UUID id,
        String reference,
        String firstName,
        String lastName,
        String preferredName,
        LocalDate dateOfBirth,
        AgeBand ageBand,
        Gender gender,
        String ethnicity,
        String email,
        String phone,
        String nationalInsuranceNumber,
        String address,
        String postcode,
        String localAuthority,
        Programme programme,
        ReferralSource referralSource,
        LocalDate referralDate,
        LocalDate programmeStartDate,
        boolean consentGiven,
        LocalDate consentDate,
        Set<ConsentScope> consentScope,
        LocalDate consentWithdrawnOn,
        Set<ClientGroup> clientGroups,
        SupportLevel supportLevel,
        boolean needsIntenseSupport,
        LocalDate assessmentDueOn,
        Route recommendedRoute,
        ClientStatus status,
        ClosureReason closureReason,
        LocalDate closedOn,
        UUID mergedInto,
        LocalDate anonymisedOn,
        Stage currentStage,
        LocalDate stageEnteredOn,
        UUID workerId,
        UUID teamId,
        boolean urgent,
        LocalDate waitingSince,
        Map<String, Object> custom,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
