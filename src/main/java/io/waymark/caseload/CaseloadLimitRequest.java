package io.waymark.caseload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A caseload limit; for a worker, null returns them to the organisation's default. */
public record CaseloadLimitRequest(@Min(1) @Max(200) Integer limit) {
}
