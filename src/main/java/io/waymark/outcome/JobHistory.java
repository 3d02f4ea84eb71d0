package io.waymark.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/** A job outcome's history: its type, its dates and its hours per week over time, as reports and rules read it. */
public record JobHistory(UUID id, OutcomeType type, LocalDate startDate, LocalDate endDate,
        NavigableMap<LocalDate, BigDecimal> hoursFrom) {

    /**
     * A job is known by its id: reports key maps by job, and hashing every hours record on each lookup took a sixth
     * of a national report's time (docs/performance.md).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof JobHistory job && job.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * The day the job counts as an outcome of the service: its start, except that a job held before support began
     * is retained from the day support began (the client's consent).
     */
    public LocalDate outcomeDate(LocalDate supportStarted) {
        return outcomeDate(type, startDate, supportStarted);
    }

    /** A job as the client's page reads it. */
    static JobHistory of(OutcomeView job) {
        TreeMap<LocalDate, BigDecimal> hoursFrom = new TreeMap<>();
        job.hours().forEach(h -> hoursFrom.put(h.effectiveFrom(), h.hoursPerWeek()));
        return new JobHistory(job.id(), job.type(), job.startDate(), job.endDate(), hoursFrom);
    }

    static LocalDate outcomeDate(OutcomeType type, LocalDate startDate, LocalDate supportStarted) {
        return type == OutcomeType.RETAINED && supportStarted != null && startDate.isBefore(supportStarted)
                ? supportStarted : startDate;
    }

    /** A retained job that had ended before support began was never worked on by the service. */
    public boolean isOutcomeFor(LocalDate supportStarted) {
        return endDate == null || !endDate.isBefore(supportStarted);
    }

    public boolean coversDate(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    /** Hours per week on a day of the job; before the first record, the first record's hours. */
    public BigDecimal hoursOn(LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> entry = hoursFrom.floorEntry(day);
        return entry != null ? entry.getValue() : hoursFrom.firstEntry().getValue();
    }
}
