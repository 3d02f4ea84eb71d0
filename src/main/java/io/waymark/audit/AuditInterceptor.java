package io.waymark.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.waymark.security.OrganisationOwned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/** Hands every create, update and delete of a tenant record to the audit trail, as Hibernate flushes it. */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    @Inject
    AuditTrail trail;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof OrganisationOwned record) {
            trail.change(record, id, AuditAction.CREATE, null, state, names);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        if (entity instanceof OrganisationOwned record) {
            trail.change(record, id, AuditAction.UPDATE, previous, current, names);
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        if (entity instanceof OrganisationOwned record) {
            trail.change(record, id, AuditAction.DELETE, state, null, names);
        }
    }
}
