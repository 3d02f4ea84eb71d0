package io.waymark.outcome;

import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A sustainment check of a job outcome, due on a date of the programme's schedule; an answer may be corrected. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_outcome_id", updatable = false)
    public JobOutcome jobOutcome;

    /** "4 weeks", "6 months": the point of the schedule this check stands for. */
    @Column(nullable = false, updatable = false)
    public String label;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public FollowUpAnswer answer;

    @Column(name = "checked_on")
    public LocalDate checkedOn;

    @Column(name = "hours_per_week")
    public BigDecimal hoursPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "verified_by")
    public Verification verifiedBy;

    public String reason;

    /** With "not in employment": the day the client stopped working in the job. */
    @Column(name = "not_in_employment_since")
    public LocalDate notInEmploymentSince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by")
    public Staff answeredBy;

    @Version
    @Column(nullable = false)
    public int version;

    public boolean isAnswered() {
        return answer != null;
    }

    /** Not answered, and its day has passed. */
    static boolean isOverdue(FollowUpAnswer answer, LocalDate dueOn, LocalDate today) {
        return answer == null && dueOn.isBefore(today);
    }

    /** Not answered, and due within the week: an answer may come a week early. */
    static boolean isAnswerable(FollowUpAnswer answer, LocalDate dueOn, LocalDate today) {
        return answer == null && !dueOn.minus(OutcomeService.EARLIEST_CHECK).isAfter(today);
    }

    /** The end reason given to a job this check ended, so that a corrected answer can tell it apart. */
    String endReason() {
        return "Not in employment at the " + label + " check";
    }
}
