package io.waymark.contact;

import io.micrometer.core.instrument.MeterRegistry;
import io.waymark.client.Client;
import io.waymark.client.ClientClosing;
import io.waymark.client.ClientStatus;
import io.waymark.common.Clocks;
import io.waymark.common.InvalidInput;
import io.waymark.common.PageOf;
import io.waymark.common.RuleConflict;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recording contacts: what workers do every day, so one small request. */
@ApplicationScoped
public class ContactService {

    /** Devices' clocks drift; a contact a few minutes "in the future" is one that just happened. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    MeterRegistry meters;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    /** A case cannot close before its last contact (by the day in the UK). */
    void refuseEarlyClosure(@Observes ClientClosing closing) {
        OffsetDateTime last = Contact.getEntityManager()
                .createQuery("select max(c.happenedAt) from Contact c where c.client.id = ?1", OffsetDateTime.class)
                .setParameter(1, closing.client().id).getSingleResult();
        closing.requireNotBefore(last == null ? null : last.atZoneSameInstant(Clocks.UK).toLocalDate(), "a contact");
    }

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
        meters.counter("waymark.contacts.recorded", "channel", contact.channel.name()).increment();
        return contact;
    }

    /** Plans a contact with the client, from now on. */
    @Transactional
    public PlannedContact plan(UUID clientId, PlannedContactRequest request) {
        Client client = Client.findExisting(clientId);
        if (client.isClosed()) {
            throw new RuleConflict("The client's case is closed");
        }
        if (request.plannedFor().isBefore(OffsetDateTime.now(clock).minus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("plannedFor", "a planned contact is in the future; record a past one as a contact");
        }
        PlannedContact planned = new PlannedContact();
        planned.client = client;
        planned.plannedFor = request.plannedFor();
        planned.channel = request.channel();
        planned.purpose = request.purpose().strip();
        planned.plannedBy = currentStaff.get();
        planned.persist();
        return planned;
    }

    /** The client's planned contacts, soonest first, each marked met or not. */
    public List<PlannedContactView> planned(UUID clientId) {
        Client.findExisting(clientId);
        return views(PlannedContact.list("""
                from PlannedContact p join fetch p.client c where c.id = ?1 order by p.plannedFor""", clientId));
    }

    /**
     * The day's list of planned contacts due by the end of today and not yet met: those with the worker's clients,
     * and those the worker planned themselves (for a client with no worker, say), so that no plan is lost.
     */
    public List<PlannedContactView> dueToday(Staff worker) {
        OffsetDateTime endOfToday = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return views(PlannedContact.list("""
                        from PlannedContact p join fetch p.client c
                        where (c.worker = ?1 or p.plannedBy = ?1) and c.status <> ?2 and p.plannedFor < ?3
                        order by p.plannedFor""",
                worker, ClientStatus.CLOSED, endOfToday)).stream().filter(p -> !p.met()).toList();
    }

    /**
     * A plan is met by a contact from its day on, made after the plan was: a call this morning does not meet the
     * call planned at ten for this afternoon. One query for all the plans listed.
     */
    private List<PlannedContactView> views(List<PlannedContact> plans) {
        Map<UUID, OffsetDateTime> latest = lastContacts(plans.stream().map(p -> p.client).distinct().toList());
        return plans.stream().map(p -> {
            OffsetDateTime dayStart = p.plannedFor.atZoneSameInstant(clock.getZone()).toLocalDate()
                    .atStartOfDay(clock.getZone()).toOffsetDateTime();
            if (p.createdAt != null && p.createdAt.isAfter(dayStart)) {
                dayStart = p.createdAt;
            }
            OffsetDateTime last = latest.get(p.client.id);
            return new PlannedContactView(p.id, p.client.id, p.client.reference,
                    p.client.firstName + " " + p.client.lastName, p.plannedFor, p.channel, p.purpose,
                    last != null && !last.isBefore(dayStart));
        }).toList();
    }

    /** When each of these clients was last contacted (absent: never), in one query. */
    public Map<UUID, OffsetDateTime> lastContacts(Collection<Client> clients) {
        Map<UUID, OffsetDateTime> last = new HashMap<>();
        if (!clients.isEmpty()) {
            Contact.getEntityManager().createQuery(
                            "select c.client.id, max(c.happenedAt) from Contact c where c.client in :clients group by c.client.id",
                            Object[].class)
                    .setParameter("clients", clients)
                    .getResultList().forEach(row -> last.put((UUID) row[0], (OffsetDateTime) row[1]));
        }
        return last;
    }

    public PageOf<Contact> list(UUID clientId, int page, int size) {
        Client.findExisting(clientId);
        return PageOf.of(Contact.newestFirst(clientId, page, size), page, size, Contact.countFor(clientId));
    }
}
