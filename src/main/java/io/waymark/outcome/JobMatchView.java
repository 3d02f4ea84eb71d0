package io.waymark.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record JobMatchView(UUID id, UUID clientId, UUID employerId, String employerName, UUID opportunityId,
        String opportunityTitle, JobMatchStatus status, LocalDate statusOn, List<Step> steps, int version) {

    public record Step(JobMatchStatus status, LocalDate on, String staffName, String note) {
    }
}
