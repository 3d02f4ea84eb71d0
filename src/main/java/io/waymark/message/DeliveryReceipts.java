package io.waymark.message;

import io.waymark.common.InvalidInput;
import io.waymark.security.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Records what a provider says became of a message (GOV.UK Notify's delivery receipts): delivered, or why not.
 * A receipt older than the one recorded changes nothing, so receipts arriving out of order end at the latest.
 */
@ApplicationScoped
public class DeliveryReceipts {

    static final Set<String> STATUSES = Set.of("delivered", "permanent-failure", "temporary-failure",
            "technical-failure");

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether the receipt was about one of Waymark's messages. */
    public boolean record(DeliveryReceipt receipt) {
        if (receipt == null || receipt.status() == null || !STATUSES.contains(receipt.status())) {
            throw new InvalidInput("status", "must be one of " + String.join(", ",
                    STATUSES.stream().sorted().toList()));
        }
        UUID messageId;
        try {
            messageId = UUID.fromString(receipt.reference());
        } catch (IllegalArgumentException | NullPointerException e) {
            return false; // not sent by Waymark: nothing to record
        }
        OffsetDateTime at = receipt.completedAt() != null ? receipt.completedAt() : OffsetDateTime.now(clock);
        // The receipt names no organisation: the message is found by its id, as the sender finds due messages.
        return tenantScope.call(null, () -> em.createNativeQuery("""
                update message set delivery_status = :status, delivery_status_at = :at
                 where id = :id and (delivery_status_at is null or delivery_status_at <= :at)""")
                .setParameter("status", receipt.status()).setParameter("at", at).setParameter("id", messageId)
                .executeUpdate()) > 0;
    }
}
