package io.waymark.client;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.common.RuleConflict;
import io.waymark.organisation.Organisation;
import io.waymark.security.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * GDPR erasure. Anonymising a client removes their identity (names, contact details, National Insurance number,
 * ethnicity, the day and month of birth, the reference) and every free text written about them, and keeps what the
 * reports count. It happens on request (an administrator, for a closed case) or, for every organisation, when the
 * retention period after closure has passed (a nightly job). Each erasure is recorded.
 */
@ApplicationScoped
public class ClientErasure {

    private static final Logger LOG = Logger.getLogger(ClientErasure.class);
    static final String ERASED = "(erased)";

    /** Free text about the client, by table: erased whatever it says. */
    private static final Map<String, String> FREE_TEXT = Map.of(
            "contact", "notes = '" + ERASED + "'",
            "planned_contact", "purpose = '" + ERASED + "'",
            "action_goal", "goal = '" + ERASED + "', objectives = null",
            "stage_move", "reason = case when reason is null then null else '" + ERASED + "' end",
            "job_outcome", "end_reason = case when end_reason is null then null else '" + ERASED + "' end",
            "job_outcome_removal", "reason = '" + ERASED + "'",
            "booking", "cancel_reason = case when cancel_reason is null then null else '" + ERASED + "' end");

    @ConfigProperty(name = "waymark.retention.after-closure", defaultValue = "P6Y")
    Period retention;

    @Inject
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /** An erasure request for a closed case; an open case is closed first, so that its work is not cut off unseen. */
    @Transactional
    public Client onRequest(UUID clientId, ErasureRequest request) {
        Client client = Client.findExisting(clientId);
        if (!client.isClosed()) {
            throw new RuleConflict("Close the case first (reason WITHDREW if the client asked), then erase it");
        }
        anonymise(client, "REQUEST", request.note().strip(), identity.getPrincipal().getName());
        return client;
    }

    /** Every organisation's clients closed for longer than the retention period, anonymised each night. */
    @Scheduled(cron = "{waymark.retention.cron:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int erased = applyRetention();
        LOG.infof("Retention: %d clients anonymised", erased);
    }

    /** Anonymises, in every organisation, the clients closed before today minus the retention period. */
    public int applyRetention() {
        LocalDate closedBefore = LocalDate.now(clock).minus(retention);
        int erased = 0;
        for (Organisation organisation : tenantScope.call(null, () -> Organisation.<Organisation>listAll())) {
            erased += tenantScope.call(organisation.code, () -> {
                List<Client> due = Client.list("status = ?1 and closedOn < ?2 and anonymisedOn is null",
                        ClientStatus.CLOSED, closedBefore);
                due.forEach(c -> anonymise(c, "RETENTION", "closed on " + c.closedOn + ", kept " + retention, "system"));
                return due.size();
            });
        }
        return erased;
    }

    private void anonymise(Client client, String reason, String note, String by) {
        if (client.anonymisedOn != null) {
            throw new RuleConflict("The client was already anonymised on " + client.anonymisedOn);
        }
        client.firstName = "Anonymised";
        client.lastName = "client";
        client.preferredName = null;
        client.email = null;
        client.phone = null;
        client.address = null;
        client.postcode = null;
        client.nationalInsuranceNumber = null;
        client.ethnicity = null;
        // The year of birth is kept for the age bands of past reports.
        client.dateOfBirth = client.dateOfBirth.withDayOfYear(1);
        client.reference = "ANON-" + client.id.toString().substring(0, 13).toUpperCase();
        client.anonymisedOn = LocalDate.now(clock);
        Client.flush();
        FREE_TEXT.forEach((table, erase) -> em.createNativeQuery("update " + table + " set " + erase
                        + " where client_id = :client and organisation_code = :org")
                .setParameter("client", client.id).setParameter("org", client.organisationCode).executeUpdate());
        em.createNativeQuery("""
                update job_match_step set note = null where job_match_id in
                    (select id from job_match where client_id = :client and organisation_code = :org)""")
                .setParameter("client", client.id).setParameter("org", client.organisationCode).executeUpdate();
        em.createNativeQuery("""
                update follow_up set reason = case when reason is null then null else :erased end where job_outcome_id in
                    (select id from job_outcome where client_id = :client and organisation_code = :org)""")
                .setParameter("erased", ERASED).setParameter("client", client.id)
                .setParameter("org", client.organisationCode).executeUpdate();
        em.createNativeQuery("""
                update assessment set needs_and_adjustments = null where booking_id in
                    (select id from booking where client_id = :client and organisation_code = :org)""")
                .setParameter("client", client.id).setParameter("org", client.organisationCode).executeUpdate();
        em.createNativeQuery("""
                insert into client_erasure (id, organisation_code, client_id, reason, note, erased_by)
                values (:id, :org, :client, :reason, :note, :by)""")
                .setParameter("id", UUID.randomUUID()).setParameter("org", client.organisationCode)
                .setParameter("client", client.id).setParameter("reason", reason).setParameter("note", note)
                .setParameter("by", by).executeUpdate();
    }
}
