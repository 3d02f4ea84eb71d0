package io.waymark.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * A team at a glance: each worker's caseload, clients per worker as "1:N", capacity (the sum of the limits), free
 * places, and the waiting list.
 */
public record TeamCaseload(UUID teamId, String teamName, List<WorkerCaseload> workers, int workerCount,
        long activeClients, String ratio, long totalCapacity, long freePlaces, long waitingListLength,
        long oldestWaitDays) {

    static TeamCaseload of(UUID teamId, String teamName, List<WorkerCaseload> workers, long waiting, long oldestWait) {
        long active = workers.stream().mapToLong(WorkerCaseload::activeClients).sum();
        return new TeamCaseload(teamId, teamName, workers, workers.size(), active, ratio(active, workers.size()),
                workers.stream().mapToLong(WorkerCaseload::limit).sum(),
                workers.stream().mapToLong(WorkerCaseload::freePlaces).sum(), waiting, oldestWait);
    }

    /** "1:12", or "1:12.5" when clients do not divide evenly; null for a team without workers. */
    static String ratio(long clients, int workers) {
        if (workers == 0) {
            return null;
        }
        BigDecimal perWorker = BigDecimal.valueOf(clients).divide(BigDecimal.valueOf(workers), 1, RoundingMode.HALF_UP);
        return "1:" + perWorker.stripTrailingZeros().toPlainString();
    }
}
