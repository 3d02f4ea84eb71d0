package io.waymark.organisation;

import io.quarkus.security.ForbiddenException;
import io.waymark.security.TenantContext;
import io.waymark.security.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.ToIntFunction;

/** Registration of organisations and the per-organisation counters. */
@ApplicationScoped
public class OrganisationService {

    /** Where a new organisation starts; the IPS fidelity scale scores 20 or fewer per specialist highest. */
    static final int DEFAULT_CASELOAD_LIMIT = 25;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    TenantScope tenantScope;

    /**
     * A job's work for every organisation in turn (a nightly erasure, the hourly reminders), each as that organisation
     * in a transaction of its own, so that what one organisation's work saved stays saved; the sum of what each
     * answers (rows written, clients erased).
     */
    public int forEachOrganisation(ToIntFunction<Organisation> work) {
        int sum = 0;
        for (Organisation organisation : tenantScope.call(null, () -> Organisation.<Organisation>listAll())) {
            sum += tenantScope.call(organisation.code, () -> work.applyAsInt(organisation));
        }
        return sum;
    }

    /** The current user's organisation code, for a read that names it, without reading the organisation itself. */
    public String currentCode() {
        return tenant.organisationCode()
                .orElseThrow(() -> new ForbiddenException("Your account is not linked to an organisation"));
    }

    /** The organisation of the current user; a token naming an organisation that is not registered is refused. */
    public Organisation current() {
        Organisation organisation = Organisation.findById(currentCode());
        if (organisation == null) {
            throw new ForbiddenException("Your organisation is not registered in Waymark; ask your administrator");
        }
        return organisation;
    }

    /** The next client reference; the row lock of the update keeps numbers unique under parallel referrals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextClientReference() {
        Organisation organisation = current();
        Number number = (Number) em.createNativeQuery("""
                        update organisation set next_client_number = next_client_number + 1
                        where code = :code returning next_client_number - 1""")
                .setParameter("code", organisation.code)
                .getSingleResult();
        return "%s-%06d".formatted(organisation.clientRefPrefix, number.longValue());
    }

    @Transactional
    public Organisation register(String code, String name, String clientRefPrefix) {
        Organisation organisation = new Organisation();
        organisation.code = code;
        organisation.name = name;
        organisation.clientRefPrefix = clientRefPrefix;
        organisation.nextClientNumber = 1;
        organisation.defaultCaseloadLimit = DEFAULT_CASELOAD_LIMIT;
        organisation.persist();
        return organisation;
    }
}
