package io.waymark.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** Runs work outside an HTTP request (start-up, scheduled jobs) as one organisation, in its own transaction. */
@ApplicationScoped
public class TenantScope {

    @Inject
    TenantContext tenant;

    public <T> T call(String organisationCode, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.isActive() ? requestContext.getState() : null;
        requestContext.activate();
        try {
            tenant.choose(organisationCode);
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }
}
