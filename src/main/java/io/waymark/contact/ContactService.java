package io.waymark.contact;

import io.micrometer.core.instrument.MeterRegistry;
import io.waymark.client.Client;
import io.waymark.client.ClientClosing;
import io.waymark.common.Clocks;
import io.waymark.common.InvalidInput;
import io.waymark.common.PageOf;
import io.waymark.common.RuleConflict;
import io.waymark.common.SqlReads;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recording contacts: what workers do every day, so one small request. */
@ApplicationScoped
public class ContactService {

    /**
     * A plan is met by a contact from its day on (UK), made after the plan was: a call this morning does not meet the
     * call planned at ten for this afternoon. {@code p} is the plan.
     */
    private static final String PLAN_MET = """
            exists (select 1 from contact k where k.client_id = p.client_id and k.happened_at >= greatest(
                date_trunc('day', p.planned_for at time zone :zone) at time zone :zone, p.created_at))""";

    private static final String PLAN = """
            json_build_object('id', p.id, 'clientId', c.id, 'clientReference', c.reference,
                'clientName', c.first_name || ' ' || c.last_name, 'plannedFor', p.planned_for, 'channel', p.channel,
                'purpose', p.purpose, 'met', %s)""".formatted(PLAN_MET);

    /** A JSON array of a client's plans ({@code :client}), soonest first. */
    static final String PLANNED_FOR_CLIENT = """
            select json_agg(%s order by p.planned_for) from planned_contact p join client c on c.id = p.client_id
            where c.id = :client""".formatted(PLAN);

    /**
     * A JSON array of {@link PlannedContactView}: the day's planned contacts due by the end of {@code :today} (in
     * {@code :zone}) and not yet met: those with the worker's ({@code :worker} of {@code :organisation}) clients, and
     * those the worker planned themselves (for a client with no worker, say), so that no plan is lost.
     */
    public static final String PLANNED_DUE_TODAY = """
            select json_agg(%s order by p.planned_for) from planned_contact p join client c on c.id = p.client_id
            where p.id in (select mine.id from planned_contact mine join client held on held.id = mine.client_id
                           where held.organisation_code = :organisation and held.worker_id = :worker
                           union all
                           select planned.id from planned_contact planned where planned.planned_by = :worker)
              and c.status <> 'CLOSED' and p.planned_for < (cast(:today as date) + 1) at time zone :zone
              and not %s""".formatted(PLAN, PLAN_MET);

    /** Devices' clocks drift; a contact a few minutes "in the future" is one that just happened. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    MeterRegistry meters;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Inject
    SqlReads sql;

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
        return sql.one("select (" + PLANNED_FOR_CLIENT + ")", Map.of("client", clientId, "zone", clock.getZone().getId()),
                row -> sql.jsonList(row.getString(1), PlannedContactView.class)).orElseThrow();
    }

    public PageOf<Contact> list(UUID clientId, int page, int size) {
        Client.findExisting(clientId);
        return PageOf.of(Contact.newestFirst(clientId, page, size), page, size, Contact.countFor(clientId));
    }
}
