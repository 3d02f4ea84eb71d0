package io.waymark.fidelity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record FidelityReviewView(UUID id, UUID teamId, String teamName, FidelityReview.Kind kind, LocalDate reviewedOn,
        String reviewers, String notes, int total, FidelityBand band, String recordedByName, List<Score> scores) {

    public record Score(FidelityItem item, FidelityItem.Section section, String label, int score, String notes,
            String evidence) {
    }
}
