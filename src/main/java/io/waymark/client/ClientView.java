package io.waymark.client;

import io.waymark.lists.ClientGroup;
import io.waymark.lists.ClosureReason;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A client record as the API shows it; {@code version} is what an update must send back in If-Match. The programme,
 * referral source, client groups and closure reason are as the record has them (the organisation's own values, or
 * national ones); {@code nationally} is how the reports and the quarterly return count them.
 */
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
        String programme,
        String referralSource,
        LocalDate referralDate,
        LocalDate programmeStartDate,
        boolean consentGiven,
        LocalDate consentDate,
        Set<ConsentScope> consentScope,
        LocalDate consentWithdrawnOn,
        Set<String> clientGroups,
        SupportLevel supportLevel,
        boolean needsIntenseSupport,
        LocalDate assessmentDueOn,
        Route recommendedRoute,
        ClientStatus status,
        String closureReason,
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
        List<String> messageChannels,
        Nationally nationally,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The national values the record is counted as. */
    public record Nationally(Programme programme, ReferralSource referralSource, List<ClientGroup> clientGroups,
            ClosureReason closureReason) {
    }
}
