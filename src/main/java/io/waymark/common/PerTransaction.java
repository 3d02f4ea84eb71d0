package io.waymark.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * What a service reads once for the current transaction (an organisation's lists, its own fields): an import checks
 * thousands of rows in one, and each query would first have Hibernate look at every record the transaction holds
 * for changes to flush. Outside a transaction it is read each time.
 */
@ApplicationScoped
public class PerTransaction {

    @Inject
    TransactionSynchronizationRegistry transactions;

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> read) {
        boolean inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        Object cached = inTransaction ? transactions.getResource(key) : null;
        if (cached != null) {
            return (T) cached;
        }
        T value = read.get();
        if (inTransaction) {
            transactions.putResource(key, value);
        }
        return value;
    }

    /** Read again when next asked: the transaction changed it. */
    public void forget(Object key) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.putResource(key, null);
        }
    }
}
