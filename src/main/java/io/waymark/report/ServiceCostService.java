package io.waymark.report;

import io.waymark.common.InvalidInput;
import io.waymark.lists.Programme;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** The service's costs, and what of them falls in a report's period. */
@ApplicationScoped
public class ServiceCostService {

    /** A cost entered for longer than this is almost certainly a typing mistake in a date. */
    private static final int LONGEST_YEARS = 5;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    EntityManager em;

    @Transactional
    public ServiceCost record(ServiceCostRequest request) {
        if (request.periodTo().isBefore(request.periodFrom())) {
            throw new InvalidInput("periodTo", "cannot be before periodFrom (" + request.periodFrom() + ")");
        }
        if (request.periodTo().isAfter(request.periodFrom().plusYears(LONGEST_YEARS))) {
            throw new InvalidInput("periodTo", "a cost covers at most " + LONGEST_YEARS + " years; enter one per year");
        }
        ServiceCost cost = new ServiceCost();
        cost.fundingStream = request.fundingStream();
        cost.periodFrom = request.periodFrom();
        cost.periodTo = request.periodTo();
        cost.amount = request.amount().setScale(2, RoundingMode.HALF_UP);
        cost.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        cost.recordedBy = currentStaff.get();
        cost.persist();
        return cost;
    }

    public List<ServiceCost> list() {
        return ServiceCost.list("order by periodFrom desc, fundingStream");
    }

    @Transactional
    public void delete(UUID id) {
        ServiceCost.findExisting(id).delete();
    }

    /**
     * The cost of a period for the whole service (every entry) or one funding stream (its entries only): each entry
     * counts pro rata by the days it shares with the period. Null when no entry touches the period.
     */
    public BigDecimal costOf(String organisationCode, ReportPeriod period, Programme fundingStream) {
        // Native, with the organisation named, because funders' reports run outside any organisation's session.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select period_from, period_to, amount from service_cost
                 where organisation_code = :org and period_from <= :to and period_to >= :from
                   and (cast(:stream as text) is null or funding_stream = cast(:stream as text))""")
                .setParameter("org", organisationCode)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setParameter("stream", fundingStream == null ? null : fundingStream.name())
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Object[] row : rows) {
            ReportPeriod entry = new ReportPeriod(ReportFacts.date(row[0]), ReportFacts.date(row[1]));
            total = total.add(((BigDecimal) row[2]).multiply(BigDecimal.valueOf(entry.overlapDays(period)))
                    .divide(BigDecimal.valueOf(entry.days()), 10, RoundingMode.HALF_UP));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

}
