package io.waymark.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs inside the transaction {@code @Transactional} opens (a later priority), and leaves the session as it found it. */
@ReadOnlyWork
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ReadOnlyWorkInterceptor {

    @Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        FlushMode flushMode = session.getHibernateFlushMode();
        boolean readOnly = session.isDefaultReadOnly();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        try {
            return invocation.proceed();
        } finally {
            session.setHibernateFlushMode(flushMode);
            session.setDefaultReadOnly(readOnly);
        }
    }
}
