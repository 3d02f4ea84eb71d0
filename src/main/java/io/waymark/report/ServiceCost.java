package io.waymark.report;

import io.waymark.lists.Programme;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the service cost over a period, for the whole service or one funding stream, as a manager entered it. */
@Entity
@Table(name = "service_cost")
public class ServiceCost extends OrganisationOwned {

    /** The programme that funded this cost; none means the service as a whole. */
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_stream")
    public Programme fundingStream;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(nullable = false)
    public BigDecimal amount;

    public String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", updatable = false)
    public Staff recordedBy;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    public static ServiceCost findExisting(UUID id) {
        return orNotFound(findById(id), "service cost", id);
    }

    public ReportPeriod period() {
        return new ReportPeriod(periodFrom, periodTo);
    }
}
