package io.waymark.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.waymark.security.OrganisationOwned;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Hands every create, update and delete of a tenant record to the audit trail: one entry for each record a
 * transaction changed, from its state before the transaction to its state at the commit.
 *
 * <p>Hibernate calls {@code onFlushDirty} also for a flush it then finds unneeded (the check before a query) and again
 * at the real flush, and a record may be flushed twice in one act; so the changes are gathered here and written once,
 * just before the commit, after the last flush. {@code @Dependent}: one interceptor, and so one list, per session, and
 * a session is one transaction.
 */
@PersistenceUnitExtension
@Dependent
public class AuditInterceptor implements Interceptor {

    @Inject
    AuditTrail trail;

    private final Map<List<Object>, AuditTrail.Change> changes = new LinkedHashMap<>();

    /** One record's change within the transaction: its first known state and its latest. */

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof OrganisationOwned record) {
            gather(record, id, AuditAction.CREATE, null, state.clone(), names);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        if (entity instanceof OrganisationOwned record) {
            gather(record, id, AuditAction.UPDATE, previous == null ? null : previous.clone(), current.clone(), names);
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof OrganisationOwned record) {
            gather(record, id, AuditAction.DELETE, state.clone(), null, names);
        }
    }

    private void gather(OrganisationOwned record, Object id, AuditAction action, Object[] before, Object[] after,
            String[] names) {
        List<Object> key = List.of(Hibernate.getClassLazy(record), id);
        AuditTrail.Change earlier = changes.get(key);
        if (earlier == null) {
            changes.put(key, new AuditTrail.Change(record, id, action, before, after, names));
        } else if (earlier.action() == AuditAction.CREATE && action == AuditAction.DELETE) {
            changes.remove(key);
        } else {
            // Created and then changed is a creation; changed twice is one change from the first state.
            AuditAction kept = earlier.action() == AuditAction.CREATE ? AuditAction.CREATE : action;
            changes.put(key, new AuditTrail.Change(record, id, kept, earlier.before(), after, names));
        }
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        try {
            trail.changes(changes.values());
        } finally {
            changes.clear();
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        changes.clear();
    }
}
