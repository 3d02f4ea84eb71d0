package io.waymark.contact;

import io.waymark.client.Client;
import io.waymark.client.ClientStatus;
import io.waymark.common.InvalidInput;
import io.waymark.common.PageOf;
import io.waymark.common.RuleConflict;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Recording contacts: what workers do every day, so one small request. */
@ApplicationScoped
public class ContactService {

    /** Devices' clocks drift; a contact a few minutes "in the future" is one that just happened. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Transactional
    public Contact record(UUID clientId, ContactRequest request) {
        Client client = Client.findExisting(clientId);
        if (client.isClosed()) {
            throw new RuleConflict("The client's case was closed on " + client.closedOn + "; contacts can no longer be added");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime happenedAt = request.happenedAt() != null ? request.happenedAt() : now;
        if (happenedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("happenedAt", "cannot be in the future");
        }
        if (happenedAt.atZoneSameInstant(clock.getZone()).toLocalDate().isBefore(client.referralDate)) {
            throw new InvalidInput("happenedAt", "cannot be before the referral date " + client.referralDate);
        }
        Contact contact = new Contact();
        contact.client = client;
        contact.happenedAt = happenedAt;
        contact.channel = request.channel();
        contact.durationMinutes = request.durationMinutes();
        contact.stage = request.stage() != null ? request.stage() : client.currentStage;
        contact.notes = request.notes().strip();
        contact.recordedBy = currentStaff.get();
        contact.persist();
        return contact;
    }

    /** When each of the worker's open clients was last contacted, in one query. */
    public Map<UUID, OffsetDateTime> lastContacts(Staff worker) {
        Map<UUID, OffsetDateTime> last = new HashMap<>();
        Contact.getEntityManager().createQuery("""
                        select c.client.id, max(c.happenedAt) from Contact c
                        where c.client.worker = :worker and c.client.status <> :closed group by c.client.id""", Object[].class)
                .setParameter("worker", worker).setParameter("closed", ClientStatus.CLOSED)
                .getResultList().forEach(row -> last.put((UUID) row[0], (OffsetDateTime) row[1]));
        return last;
    }

    public PageOf<Contact> list(UUID clientId, int page, int size) {
        Client.findExisting(clientId);
        return PageOf.of(Contact.newestFirst(clientId, page, size), page, size, Contact.countFor(clientId));
    }
}
