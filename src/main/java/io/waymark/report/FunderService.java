package io.waymark.report;

import io.waymark.common.AuditedSql;
import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.organisation.OrganisationService;
import io.waymark.security.TenantContext;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which funders may see a service's aggregates. The provider decides: its administrator names its funders. A
 * commissioner is known by the {@code funder} claim of their token.
 */
@ApplicationScoped
public class FunderService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    @Inject
    AuditedSql sql;

    @Inject
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    TenantContext tenant;

    @Transactional
    public Funder name(String code, FunderRequest request) {
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInput("code", "use lower-case letters, digits and dashes (2 to 63), for example glasgow-city");
        }
        Funder funder = Funder.findById(code);
        if (funder == null) {
            funder = new Funder();
            funder.code = code;
            funder.name = request.name().strip();
            funder.persist();
        }
        String organisation = organisations.current().code;
        sql.run(organisation, "FundedService", "funder_code", null, Map.of("funder", Arrays.asList(null, code)), """
                insert into funded_service (funder_code, organisation_code, named_by) values (:funder, :org, :by)
                on conflict do nothing""", Map.of("funder", code, "org", organisation, "by", currentStaff.get().id));
        return funder;
    }

    @Transactional
    public void remove(String code) {
        String organisation = organisations.current().code;
        int removed = sql.run(organisation, "FundedService", "funder_code", null, Map.of("funder", Arrays.asList(code, null)),
                "delete from funded_service where funder_code = :funder and organisation_code = :org",
                Map.of("funder", code, "org", organisation));
        if (removed == 0) {
            throw new RecordNotFound("funder", code);
        }
    }

    /** The funders the current organisation has named. */
    @SuppressWarnings("unchecked")
    public List<Funder> fundersOfCurrent() {
        return em.createNativeQuery("""
                select f.* from funder f join funded_service s on s.funder_code = f.code
                 where s.organisation_code = :org order by f.name""", Funder.class)
                .setParameter("org", organisations.current().code)
                .getResultList();
    }

    /** The signed-in commissioner's funder. */
    public Funder currentFunder() {
        Funder funder = tenant.funderCode().map(code -> Funder.<Funder>findById(code)).orElse(null);
        if (funder == null) {
            throw new ForbiddenException("Your account is not linked to a funder known to Waymark");
        }
        return funder;
    }

    /** The services that named the signed-in commissioner's funder. */
    public List<FundedService> servicesOfCurrentFunder() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.code, o.name from funded_service s join organisation o on o.code = s.organisation_code
                 where s.funder_code = :funder order by o.name""")
                .setParameter("funder", currentFunder().code)
                .getResultList();
        return rows.stream().map(r -> new FundedService((String) r[0], (String) r[1])).toList();
    }

    /** The service, if the signed-in commissioner's funder funds it; any other code is "not found". */
    public FundedService fundedService(String organisationCode) {
        return servicesOfCurrentFunder().stream().filter(s -> s.code().equals(organisationCode)).findFirst()
                .orElseThrow(() -> new RecordNotFound("funded service", organisationCode));
    }
}
