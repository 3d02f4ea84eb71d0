package io.waymark.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The UK minimum wage in force on a date for a worker of an age, from the dated table {@code minimum_wage_rate}
 * (a new April rate is a new migration). Paid work means at least this; less is unpaid work, not a job outcome.
 */
@ApplicationScoped
public class MinimumWage {

    @Inject
    EntityManager em;

    public Optional<BigDecimal> rateFor(int age, LocalDate on) {
        List<?> rates = em.createNativeQuery("""
                        select hourly_rate from minimum_wage_rate
                        where effective_from <= :on and min_age <= :age
                        order by effective_from desc, min_age desc limit 1""")
                .setParameter("on", on)
                .setParameter("age", age)
                .getResultList();
        return rates.stream().findFirst().map(rate -> (BigDecimal) rate);
    }
}
