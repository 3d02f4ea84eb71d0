package io.waymark.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The UK minimum wage in force on a date, from the dated table {@code minimum_wage_rate}: every age band and the
 * apprentice rate from April 2016, the National Living Wage (a new April rate is a new migration). Paid work means at
 * least this; less is unpaid work, not a job outcome.
 */
@ApplicationScoped
public class MinimumWage {

    /** The first day the table covers; pay on an earlier day cannot be checked. */
    public static final LocalDate TABLE_STARTS = LocalDate.of(2016, 4, 1);

    /** An apprentice under this age, or in the first year of the apprenticeship, may be paid the apprentice rate. */
    static final int APPRENTICE_RATE_AGE_LIMIT = 19;

    @Inject
    EntityManager em;

    /** The rate that applies, and to whom, on a day; empty before the table starts. */
    public Optional<Rate> rateFor(int age, LocalDate on, boolean apprenticeRateApplies) {
        if (on.isBefore(TABLE_STARTS)) {
            return Optional.empty();
        }
        List<?> rates = em.createNativeQuery("""
                        select hourly_rate from minimum_wage_rate
                        where effective_from <= :on and min_age <= :age and apprentice = :apprentice
                        order by effective_from desc, min_age desc limit 1""")
                .setParameter("on", on)
                .setParameter("age", apprenticeRateApplies ? 0 : age)
                .setParameter("apprentice", apprenticeRateApplies)
                .getResultList();
        return rates.stream().findFirst()
                .map(rate -> new Rate((BigDecimal) rate, apprenticeRateApplies ? "an apprentice" : "someone aged " + age));
    }

    /** The apprentice rate applies to an apprentice under 19, or of any age in the first year of the apprenticeship. */
    static boolean apprenticeRateApplies(boolean apprentice, int age, LocalDate apprenticeshipStart, LocalDate on) {
        return apprentice && (age < APPRENTICE_RATE_AGE_LIMIT || on.isBefore(apprenticeshipStart.plusYears(1)));
    }

    public record Rate(BigDecimal hourly, String appliesTo) {
    }
}
