package io.waymark.caseload;

import io.waymark.client.Stage;
import java.util.Map;
import java.util.UUID;

/**
 * One worker's caseload against their limit. {@code nearLimit} is 90% of the limit or more (up to it),
 * {@code overLimit} is more than the limit (after a limit was lowered).
 */
public record WorkerCaseload(UUID staffId, String name, long activeClients, int limit, long percentOfLimit,
        Map<Stage, Long> clientsPerStage, boolean nearLimit, boolean overLimit) {

    static final int NEAR_LIMIT_PERCENT = 90;

    /** A worker's own limit when one is set, else the organisation's default. */
    static int limit(Integer own, int organisationDefault) {
        return own != null ? own : organisationDefault;
    }

    static WorkerCaseload of(UUID staffId, String name, int limit, Map<Stage, Long> clientsPerStage) {
        long active = clientsPerStage.values().stream().mapToLong(Long::longValue).sum();
        long percent = Math.round(active * 100.0 / limit);
        return new WorkerCaseload(staffId, name, active, limit, percent, clientsPerStage,
                percent >= NEAR_LIMIT_PERCENT && active <= limit, active > limit);
    }

    long freePlaces() {
        return Math.max(0, limit - activeClients);
    }
}
