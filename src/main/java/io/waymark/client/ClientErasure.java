package io.waymark.client;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.common.AuditedSql;
import io.waymark.common.RowsWritten;
import io.waymark.common.RuleConflict;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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

    @ConfigProperty(name = "waymark.retention.after-closure", defaultValue = "P6Y")
    Period retention;

    @Inject
    AuditedSql sql;

    @Inject
    CustomFieldService fields;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    @Inject
    Event<ClientErased> erasures;

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
        return organisations.forEachOrganisation(organisation -> {
            List<Client> due = Client.list("status = ?1 and closedOn < ?2 and anonymisedOn is null",
                    ClientStatus.CLOSED, closedBefore);
            due.forEach(c -> anonymise(c, "RETENTION", "closed on " + c.closedOn + ", kept " + retention, "system"));
            return due.size();
        });
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
        client.custom = fields.withoutPersonal(FieldRecord.CLIENT, client.custom);
        // The year of birth is kept for the age bands of past reports.
        client.dateOfBirth = client.dateOfBirth.withDayOfYear(1);
        client.reference = "ANON-" + client.id.toString().substring(0, 13).toUpperCase();
        client.anonymisedOn = LocalDate.now(clock);
        Client.flush();
        for (ClientTable table : ClientTable.values()) {
            for (ClientTable.ErasedText text : table.erasedText) {
                Map<String, Object> parameters = new HashMap<>(Map.of("client", client.id, "org", client.organisationCode));
                if (text.set().contains(":erased")) {
                    parameters.put("erased", ERASED);
                }
                String rows = "select id from " + table.table + " where " + table.rowsOfClient()
                        + " and organisation_code = :org";
                sql.run(client.organisationCode, text.table() == null ? table.entity : text.entity(), client.id,
                        erasedFields(text.set()),
                        text.table() == null
                                ? "update " + table.table + " set " + text.set() + " where id in (" + rows + ")"
                                : "update " + text.table() + " set " + text.set() + " where " + text.link() + " in (" + rows + ")",
                        parameters);
            }
        }
        erasures.fire(new ClientErased(client.organisationCode, client.id));
        sql.run(client.organisationCode, ClientTable.CLIENT_ERASURE.entity, client.id,
                Map.of("reason", Arrays.asList(null, reason), "erasedBy", Arrays.asList(null, by)), """
                insert into client_erasure (id, organisation_code, client_id, reason, note, erased_by)
                values (:id, :org, :client, :reason, :note, :by)""",
                Map.of("id", UUID.randomUUID(), "org", client.organisationCode, "client", client.id, "reason", reason,
                        "note", note, "by", by));
    }

    /** The trail's words for an erasure of free text: each field named, its values masked. */
    private static Map<String, List<String>> erasedFields(String set) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String assignment : set.split(",\\s*(?=\\w+ = )")) {
            String column = assignment.substring(0, assignment.indexOf(" = ")).strip();
            fields.put(Pattern.compile("_([a-z])").matcher(column).replaceAll(m -> m.group(1).toUpperCase()),
                    List.of(RowsWritten.MASK, ERASED));
        }
        return fields;
    }
}
