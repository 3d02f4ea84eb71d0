package io.waymark.caseload;

import io.waymark.common.RuleConflict;
import io.waymark.staff.Staff;
import java.util.Map;

/** 409: the assignment would take the worker over their caseload limit. */
public class CaseloadFull extends RuleConflict {

    private final Map<String, Object> figures;

    public CaseloadFull(Staff worker, long caseload, int limit) {
        super("workerId", "%s already has %d open cases, and their limit is %d: the client stays on the waiting list"
                .formatted(worker.displayName, caseload, limit));
        this.figures = Map.of("workerId", worker.id, "workerName", worker.displayName, "caseload", caseload, "limit", limit);
    }

    @Override
    public Map<String, Object> extensions() {
        return figures;
    }
}
