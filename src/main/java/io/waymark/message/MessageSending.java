package io.waymark.message;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.waymark.client.MessageChannel;
import io.waymark.security.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the outbox. A sender claims a batch of due messages in one short transaction ({@code for update skip
 * locked}, so two replicas never claim the same row), sends each, and marks it sent in another. A message it
 * claimed but never marked (the sender died) is claimed again once its lease has passed: nothing is lost. An email
 * handed to the server just before such a death can therefore go twice; each such re-claim is counted
 * ({@code waymark_messages_possible_repeats_total}). A failed send is retried with a doubling wait, then given up.
 * Claiming and marking are the message row's own delivery state, not changes to a record, so they are not in the
 * audit trail; writing the message is.
 */
@ApplicationScoped
public class MessageSending {

    private static final Logger LOG = Logger.getLogger(MessageSending.class);
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MOST_ATTEMPTS = 6;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager em;

    @Inject
    Instance<Delivery> deliveries;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    /** A message claimed for sending: {@code reclaimed} when an earlier claim of it ran out unmarked. */
    record Claimed(UUID id, MessageChannel channel, Delivery.Outgoing message, int attempts, boolean reclaimed) {
    }

    @Scheduled(every = "{waymark.messages.send-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends every message due now, a batch at a time; how many were sent. */
    public int sendDue() {
        return sendDue(OffsetDateTime.now(clock));
    }

    /** As {@link #sendDue()}, as at a moment of the tests' choosing (the quiet hours are by the clock). */
    int sendDue(OffsetDateTime now) {
        int sent = 0;
        for (List<Claimed> batch = claim(now); !batch.isEmpty(); batch = claim(now)) {
            for (Claimed claimed : batch) {
                sent += send(claimed, now) ? 1 : 0;
            }
        }
        return sent;
    }

    /** Claims up to a batch of messages due at {@code now}, of every organisation, for this sender. */
    List<Claimed> claim(OffsetDateTime now) {
        // The outbox is sent for no one in particular: the login role reads every organisation's due messages.
        return tenantScope.call(null, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    with due as (select id, status as was from message
                                  where (status = 'WAITING' and not_before <= :now)
                                     or (status = 'SENDING' and claimed_until < :now)
                                  order by not_before, id limit :batch for update skip locked)
                    update message m set status = 'SENDING', claimed_until = :until, attempts = m.attempts + 1
                      from due where m.id = due.id
                    returning m.id, m.channel, m.recipient, m.subject, m.body, m.attachment_name, m.attachment,
                              m.attempts, due.was""")
                    .setParameter("now", now).setParameter("until", now.plus(LEASE)).setParameter("batch", BATCH)
                    .getResultList();
            return rows.stream().map(r -> new Claimed((UUID) r[0], MessageChannel.valueOf((String) r[1]),
                    new Delivery.Outgoing(r[0].toString(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                            (String) r[6]), ((Number) r[7]).intValue(), "SENDING".equals(r[8]))).toList();
        });
    }

    private boolean send(Claimed claimed, OffsetDateTime now) {
        if (claimed.reclaimed() && claimed.channel() == MessageChannel.EMAIL) {
            // An email server cannot be asked whether it took the message before the sender died.
            meters.counter("waymark.messages.possible.repeats", "channel", "email").increment();
        }
        Delivery delivery = deliveries.stream().filter(d -> d.channel() == claimed.channel()).findFirst().orElse(null);
        if (claimed.channel() == MessageChannel.TEXT && QuietHours.earliest(now).isAfter(now)) {
            postpone(claimed.id(), QuietHours.earliest(now));
            return false;
        }
        try {
            if (delivery == null) {
                throw new IllegalStateException("no delivery for " + claimed.channel());
            }
            // Taken over from a sender that died: a provider that can be asked is asked first, so nothing goes twice.
            if (claimed.reclaimed() && delivery.accepted(claimed.message().reference())) {
                mark(claimed.id(), now);
                meters.counter("waymark.messages.found.sent", "channel", claimed.channel().name().toLowerCase())
                        .increment();
                return true;
            }
            delivery.deliver(claimed.message());
        } catch (Exception e) {
            // The message's words stay out of the log; the error's type says what failed.
            LOG.warnf("Message %s not sent (attempt %d): %s", claimed.id(), claimed.attempts(), e.getClass().getName());
            failed(claimed, e.getClass().getSimpleName(), now);
            meters.counter("waymark.messages.failed", "channel", claimed.channel().name().toLowerCase()).increment();
            return false;
        }
        mark(claimed.id(), now);
        meters.counter("waymark.messages.sent", "channel", claimed.channel().name().toLowerCase()).increment();
        return true;
    }

    private void mark(UUID id, OffsetDateTime now) {
        update("""
                update message set status = 'SENT', sent_at = :now, claimed_until = null, last_error = null
                 where id = :id and status = 'SENDING'""", Map.of("id", id, "now", now));
    }

    /** A text claimed in the quiet hours waits for their end, the attempt not counted. */
    private void postpone(UUID id, OffsetDateTime until) {
        update("""
                update message set status = 'WAITING', not_before = :until, claimed_until = null,
                       attempts = attempts - 1
                 where id = :id and status = 'SENDING'""", Map.of("id", id, "until", until));
    }

    /** Back to waiting, after a doubling wait (1, 2, 4, ... minutes), or given up after the last attempt. */
    private void failed(Claimed claimed, String error, OffsetDateTime now) {
        update("""
                update message set status = case when attempts >= :most then 'FAILED' else 'WAITING' end,
                       not_before = :retry, claimed_until = null, last_error = :error
                 where id = :id and status = 'SENDING'""", Map.of("id", claimed.id(), "most", MOST_ATTEMPTS,
                "retry", now.plusMinutes(1L << Math.min(claimed.attempts() - 1, 10)), "error", error));
    }

    private void update(String sql, Map<String, Object> parameters) {
        tenantScope.call(null, () -> {
            var query = em.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }
}
