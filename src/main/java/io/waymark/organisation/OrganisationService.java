package io.waymark.organisation;

import io.quarkus.security.ForbiddenException;
import io.waymark.security.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Registration of organisations and the per-organisation counters. */
@ApplicationScoped
public class OrganisationService {

    /** Where a new organisation starts; the IPS fidelity scale scores 20 or fewer per specialist highest. */
    static final int DEFAULT_CASELOAD_LIMIT = 25;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

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
