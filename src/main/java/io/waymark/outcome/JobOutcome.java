package io.waymark.outcome;

import io.waymark.client.Client;
import io.waymark.employer.Employer;
import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A job outcome (NDTi): a job gained, a job retained with the service's help, or self-employment. Hours per week are
 * kept as dated changes, so that any funder's definition of a job can be answered from one record.
 */
@Entity
@Table(name = "job_outcome")
public class JobOutcome extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_match_id", updatable = false)
    public JobMatch jobMatch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeType type;

    /** Required unless self-employed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    public Employer employer;

    @Column(name = "job_title", nullable = false)
    public String jobTitle;

    @Column(nullable = false)
    public String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false)
    public ContractType contractType;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "hourly_pay")
    public BigDecimal hourlyPay;

    /** An apprentice may be paid the apprentice rate: under 19, or in the first year of the apprenticeship. */
    @Column(nullable = false)
    public boolean apprentice;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "end_reason")
    public String endReason;

    @OneToMany(mappedBy = "jobOutcome")
    @BatchSize(size = 50)
    @OrderBy("effectiveFrom")
    public List<OutcomeHours> hours = new ArrayList<>();

    @OneToMany(mappedBy = "jobOutcome")
    @BatchSize(size = 50)
    @OrderBy("dueOn")
    public List<FollowUp> followUps = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", updatable = false)
    public Staff recordedBy;

    /** The organisation's own fields of the job, by key ({@code CustomFieldService} checks them). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> custom = new LinkedHashMap<>();

    @Version
    @Column(nullable = false)
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** The day the job counts as an outcome of the service (see {@link JobHistory#outcomeDate}). */
    public LocalDate outcomeDate() {
        return JobHistory.outcomeDate(type, startDate, client.consentDate);
    }

    /** In the job on that day: started, and not yet ended. */
    public boolean isCurrentOn(LocalDate day) {
        return isCurrentOn(startDate, endDate, day);
    }

    /** In a job from {@code startDate} to {@code endDate} (if any) on that day: also for a job not yet saved. */
    public static boolean isCurrentOn(LocalDate startDate, LocalDate endDate, LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    /** The hours per week in force on that day (the first figure before the job starts). */
    public BigDecimal hoursOn(LocalDate day) {
        BigDecimal current = hours.get(0).hoursPerWeek;
        for (OutcomeHours change : hours) {
            if (!change.effectiveFrom.isAfter(day)) {
                current = change.hoursPerWeek;
            }
        }
        return current;
    }

    /** The job as rules and reports read it: its type, dates and dated hours. */
    public JobHistory history() {
        TreeMap<LocalDate, BigDecimal> hoursFrom = new TreeMap<>();
        hours.forEach(h -> hoursFrom.put(h.effectiveFrom, h.hoursPerWeek));
        return new JobHistory(id, type, startDate, endDate, hoursFrom);
    }
}
