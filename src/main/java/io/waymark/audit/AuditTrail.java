package io.waymark.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.client.Client;
import io.waymark.client.ClientRecordRead;
import io.waymark.client.ClientsExported;
import io.waymark.common.RowsCreated;
import io.waymark.common.RowsWritten;
import io.waymark.document.DocumentRead;
import io.waymark.security.OrganisationOwned;
import io.waymark.security.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Hibernate;

/**
 * Writes the audit trail, in the transaction of the change it records (the pool hands out the transaction's own
 * connection). Special-category and free-text values are masked: the entry says the field changed, not to what.
 */
@ApplicationScoped
public class AuditTrail {

    /**
     * Fields whose values stay out of the trail: who the person is, health and other special-category data, and free
     * text. The trail says who changed which field when; erasing a client then leaves nothing of them in it.
     */
    static final Set<String> MASKED = Set.of("firstName", "lastName", "preferredName", "dateOfBirth", "email", "phone",
            "address", "postcode", "reference", "ethnicity", "supportLevel", "needsIntenseSupport", "recommendedRoute",
            "nationalInsuranceNumber", "notes", "needsAndAdjustments", "reason", "what", "purpose", "goal",
            "objectives", "evidence", "endReason", "cancelReason", "report", "mapping", "custom", "about", "answers",
            "referrerName", "referrerEmail", "referrerPhone", "declineReason", "recipient", "subject", "body",
            "attachment", "tokenHash");
    static final String MASK = RowsWritten.MASK;
    private static final List<String> LINKS_TO_CLIENT = List.of("client", "jobOutcome", "jobMatch", "booking");
    private static final Set<String> UNTRACKED = Set.of("version", "updatedAt", "createdAt", "organisationCode");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** A read of a client's record. */
    void read(@Observes ClientRecordRead read) {
        write(read.organisationCode(), AuditAction.READ, "Client", read.clientId().toString(), read.clientId(), null);
    }

    /** A document's file downloaded: which document, which of its files. */
    void documentRead(@Observes DocumentRead read) {
        write(read.organisationCode(), AuditAction.READ, "Document", read.documentId().toString(), read.clientId(),
                "{\"file\": [null, \"" + read.number() + "\"]}");
    }

    /** A list downloaded as a file: one entry for each client in it, saying which list and in what format. */
    void exported(@Observes ClientsExported export) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (organisation_code, actor, action, entity, entity_id, client_id, changes)
                select ?, ?, 'READ', 'ListExport', id::text, id, ? from unnest(?) as id""")) {
            insert.setString(1, export.organisationCode());
            insert.setString(2, actor());
            insert.setString(3, json.writeValueAsString(Map.of("list", Arrays.asList(null, export.list()),
                    "format", Arrays.asList(null, export.format()))));
            insert.setArray(4, connection.createArrayOf("uuid", export.clientIds().toArray()));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the audit trail could not be written, so the list is not downloaded", e);
        }
    }

    /** Rows changed by SQL: one entry for each, with the same changes. */
    void written(@Observes RowsWritten rows) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (organisation_code, actor, action, entity, entity_id, client_id, changes)
                select ?, ?, ?, ?, unnest(?), ?, ?""")) {
            insert.setString(1, rows.organisation());
            insert.setString(2, actor());
            insert.setString(3, rows.action());
            insert.setString(4, rows.entity());
            insert.setArray(5, connection.createArrayOf("text", rows.ids().toArray()));
            insert.setObject(6, rows.client());
            insert.setString(7, json.writeValueAsString(rows.changes()));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the audit trail could not be written, so the change is not made", e);
        }
    }

    /** Rows inserted together by SQL: an entry for each, written in one batch. */
    void created(@Observes RowsCreated created) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (organisation_code, actor, action, entity, entity_id, client_id, changes)
                values (?, ?, 'CREATE', ?, ?, ?, ?)""")) {
            String actor = actor();
            for (RowsCreated.Row row : created.rows()) {
                insert.setString(1, created.organisation());
                insert.setString(2, actor);
                insert.setString(3, created.entity());
                insert.setString(4, row.id());
                insert.setObject(5, row.client());
                insert.setString(6, json.writeValueAsString(row.changes()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the audit trail could not be written, so the change is not made", e);
        }
    }

    /** One record's change, as the interceptor gathered it. */
    record Change(OrganisationOwned record, Object id, AuditAction action, Object[] before, Object[] after,
            String[] names) {
    }

    /**
     * The changes to tenant records a transaction made: the fields that changed, before and after (null before for a
     * create), an entry for each record, written in one batch (an import changes tens of thousands).
     */
    void changes(Collection<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (organisation_code, actor, action, entity, entity_id, client_id, changes)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            String actor = actor();
            int batched = 0;
            for (Change change : changes) {
                Map<String, List<String>> fields = fields(change);
                if (change.action() == AuditAction.UPDATE && fields.isEmpty()) {
                    continue;
                }
                // On a create the tenant column is filled in later, at the insert: the organisation is the session's.
                insert.setString(1, change.record().organisationCode != null ? change.record().organisationCode
                        : Arc.container().instance(TenantContext.class).get().organisationCode().orElseThrow());
                insert.setString(2, actor);
                insert.setString(3, change.action().name());
                insert.setString(4, entityName(change.record()));
                insert.setString(5, String.valueOf(change.id()));
                insert.setObject(6, clientOf(change.record(), change.names(),
                        change.after() != null ? change.after() : change.before()));
                insert.setString(7, json.writeValueAsString(fields));
                insert.addBatch();
                batched++;
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be written (SQLState " + e.getSQLState()
                    + "), so the change is not made", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields that changed, masked where they must be. */
    private static Map<String, List<String>> fields(Change change) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String[] names = change.names();
        for (int i = 0; i < names.length; i++) {
            if (UNTRACKED.contains(names[i])) {
                continue;
            }
            String old = change.before() == null ? null : text(change.before()[i]);
            String now = change.after() == null ? null : text(change.after()[i]);
            if (old == null ? now != null : !old.equals(now)) {
                boolean masked = MASKED.contains(names[i]);
                fields.put(names[i], Arrays.asList(masked && old != null ? MASK : old, masked && now != null ? MASK : now));
            }
        }
        return fields;
    }

    private void write(String organisation, AuditAction action, String entity, String entityId, UUID client,
            String changes) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (organisation_code, actor, action, entity, entity_id, client_id, changes)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, organisation);
            insert.setString(2, actor());
            insert.setString(3, action.name());
            insert.setString(4, entity);
            insert.setString(5, entityId);
            insert.setObject(6, client);
            insert.setString(7, changes);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be written (SQLState " + e.getSQLState()
                    + "), so the change is not made", e);
        }
    }

    /** The signed-in user's name, or "system" for work outside a request (start-up data, scheduled jobs). */
    private static String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    /** The client a record belongs to, for searching the trail by client: itself, or through what it links to. */
    private static UUID clientOf(OrganisationOwned record, String[] names, Object[] state) {
        if (record instanceof Client client) {
            return client.id;
        }
        for (int i = 0; state != null && i < names.length; i++) {
            Object linked = state[i];
            if (linked instanceof Client client) {
                return client.id;
            }
            if (LINKS_TO_CLIENT.contains(names[i]) && linked instanceof OrganisationOwned owned) {
                return clientOf(owned);
            }
        }
        return null;
    }

    /** A loaded record's client, through the links that lead to one (a job's hours, a booking's assessment). */
    private static UUID clientOf(OrganisationOwned record) {
        if (record instanceof Client client) {
            return client.id;
        }
        for (String link : LINKS_TO_CLIENT) {
            try {
                Object linked = record.getClass().getMethod("get" + Character.toUpperCase(link.charAt(0)) + link.substring(1))
                        .invoke(record);
                return linked instanceof OrganisationOwned owned ? clientOf(owned) : null;
            } catch (ReflectiveOperationException e) {
                // not linked this way
            }
        }
        return null;
    }

    /** The entity's own class name, not that of a Hibernate proxy or enhanced subclass. */
    private static String entityName(OrganisationOwned record) {
        return Hibernate.getClassLazy(record).getSimpleName();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OrganisationOwned owned) {
            return String.valueOf(owned.id);
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return null;
        }
        return String.valueOf(value);
    }

    /** The trail, newest first, by client, actor and time; an administrator's view of who did what. */
    /** The UK days a search covers, both included, as the moments it runs from and until; reversed days refused. */
    public record Days(OffsetDateTime from, OffsetDateTime until) {

        public static Days of(String from, String to) {
            java.time.LocalDate first = io.waymark.common.Params.date("from", from);
            java.time.LocalDate last = io.waymark.common.Params.date("to", to);
            if (first != null && last != null && last.isBefore(first)) {
                throw new io.waymark.common.InvalidInput("to", "cannot be before from (" + first + ")");
            }
            return new Days(first == null ? null : first.atStartOfDay(io.waymark.common.Clocks.UK).toOffsetDateTime(),
                    last == null ? null : last.plusDays(1).atStartOfDay(io.waymark.common.Clocks.UK).toOffsetDateTime());
        }
    }

    /** At most this many entries are downloaded at once; a longer trail is narrowed by user, client or days. */
    static final int MOST_EXPORTED = 50_000;

    /**
     * The entries the search finds, all of them up to {@link #MOST_EXPORTED}, to download as a file; the download is
     * itself written to the trail of each client in it, as a client list's is.
     */
    @jakarta.transaction.Transactional
    public List<AuditEvent> export(UUID clientId, String actor, Days days, String format) {
        List<AuditEvent> events = search(clientId, actor, days.from(), days.until(), 0, MOST_EXPORTED + 1);
        if (events.size() > MOST_EXPORTED) {
            throw new io.waymark.common.RuleConflict("The search finds more than " + MOST_EXPORTED
                    + " entries: narrow it by user, client or days to download it");
        }
        List<UUID> clients = events.stream().map(e -> e.clientId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!clients.isEmpty()) {
            exported(new ClientsExported(Arc.container().instance(TenantContext.class).get().organisationCode()
                    .orElseThrow(), "audit trail", format, clients));
        }
        return events;
    }

    public List<AuditEvent> search(UUID clientId, String actor, OffsetDateTime from, OffsetDateTime to, int page,
            int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (clientId != null) {
            where.append(" and clientId = :client");
            parameters.and("client", clientId);
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = :actor");
            parameters.and("actor", actor.strip());
        }
        if (from != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and occurredAt < :to");
            parameters.and("to", to);
        }
        return AuditEvent.<AuditEvent>find(where + " order by id desc", parameters).page(page, size).list();
    }
}
