package io.waymark.assessment;

import io.waymark.client.Route;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record BookingView(UUID id, UUID slotId, OffsetDateTime startsAt, OffsetDateTime endsAt, String place,
        UUID advisorId, String advisorName, UUID clientId, String clientReference, String clientName,
        BookingStatus status, String cancelReason, String bookedByName, AssessmentView assessment) {

    public record AssessmentView(Route route, String needsAndAdjustments, LocalDate reviewDate, String recordedByName) {
    }
}
