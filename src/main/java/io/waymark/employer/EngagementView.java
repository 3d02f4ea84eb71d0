package io.waymark.employer;

import java.time.LocalDate;
import java.util.UUID;

public record EngagementView(UUID id, LocalDate engagedOn, UUID staffId, String staffName, String what) {
}
