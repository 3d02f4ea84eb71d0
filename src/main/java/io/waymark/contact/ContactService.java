package io.waymark.contact;

import io.micrometer.core.instrument.MeterRegistry;
import io.waymark.client.Client;
import io.waymark.client.ClientClosing;
import io.waymark.client.ClientStatus;
import io.waymark.client.Stage;
import io.waymark.common.AuditedSql;
import io.waymark.common.Clocks;
import io.waymark.common.InvalidInput;
import io.waymark.common.PageOf;
import io.waymark.common.RecordNotFound;
import io.waymark.common.RowsWritten;
import io.waymark.common.RuleConflict;
import io.waymark.common.SqlReads;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** A JSON array of the client's ({@code :client}) latest 20 contacts as {@link ContactView}, newest first. */
    public static final String LATEST_OF_CLIENT = """
            select json_agg(latest.contact order by latest.happened_at desc, latest.id)
            from (select k.id, k.happened_at, json_build_object('id', k.id, 'happenedAt', k.happened_at,
                        'channel', k.channel, 'durationMinutes', k.duration_minutes, 'stage', k.stage, 'notes', k.notes,
                        'recordedById', k.recorded_by, 'recordedByName', s.display_name, 'recordedAt', k.recorded_at) contact
                  from contact k join staff s on s.id = k.recorded_by
                  where k.organisation_code = :organisation and k.client_id = :client
                  order by k.happened_at desc, k.id limit 20) latest""";

    /** A JSON array of a client's plans ({@code :client}), soonest first. */
    public static final String PLANNED_FOR_CLIENT = """
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
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    MeterRegistry meters;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Inject
    SqlReads sql;

    @Inject
    AuditedSql audited;

    /** A case cannot close before its last contact (by the day in the UK). */
    void refuseEarlyClosure(@Observes ClientClosing closing) {
        OffsetDateTime last = Contact.getEntityManager()
                .createQuery("select max(c.happenedAt) from Contact c where c.client.id = ?1", OffsetDateTime.class)
                .setParameter(1, closing.client().id).getSingleResult();
        closing.requireNotBefore(last == null ? null : last.atZoneSameInstant(Clocks.UK).toLocalDate(), "a contact");
    }

    /**
     * Records a contact in one statement besides the tenant scoping and the audit entry: the client's state and the
     * recorder are read where the contact is inserted, and the insert happens only when the client's case is open
     * and the contact is not before their referral. When it did not happen, the same row says why.
     */
    private static final String RECORD = """
            with held as (
                select id, organisation_code, status, closed_on, referral_date, current_stage from client where id = :client),
            recorder as (select id, display_name from staff where subject = :subject),
            added as (
                insert into contact (id, organisation_code, client_id, happened_at, channel, duration_minutes, stage, notes,
                                     recorded_by, recorded_at)
                select :id, held.organisation_code, held.id, :happenedAt, :channel, :minutes,
                       coalesce(cast(:stage as varchar), held.current_stage), :notes, recorder.id, now()
                from held, recorder
                where held.status <> 'CLOSED' and held.referral_date <= :happenedOn
                returning stage, recorded_at)
            select held.organisation_code, held.status, held.closed_on, held.referral_date, recorder.id as recorder,
                   recorder.display_name, added.stage, added.recorded_at
            from (values (1)) as one (row) left join held on true left join recorder on true left join added on true""";

    private record Recorded(String organisationCode, String status, LocalDate closedOn, LocalDate referralDate,
            UUID recorderId, String recorderName, Stage stage, OffsetDateTime recordedAt) {
    }

    @Transactional
    public ContactView record(UUID clientId, ContactRequest request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime happenedAt = request.happenedAt() != null ? request.happenedAt() : now;
        if (happenedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("happenedAt", "cannot be in the future");
        }
        UUID id = UUID.randomUUID();
        String notes = request.notes().strip();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("client", clientId);
        parameters.put("subject", currentStaff.subject());
        parameters.put("id", id);
        parameters.put("happenedAt", happenedAt);
        parameters.put("happenedOn", happenedAt.atZoneSameInstant(clock.getZone()).toLocalDate());
        parameters.put("channel", request.channel());
        parameters.put("minutes", request.durationMinutes());
        parameters.put("stage", request.stage());
        parameters.put("notes", notes);
        Recorded recorded = audited.writeOne(RECORD, parameters, row -> new Recorded(row.getString("organisation_code"),
                row.getString("status"), row.getObject("closed_on", LocalDate.class),
                row.getObject("referral_date", LocalDate.class), row.getObject("recorder", UUID.class),
                row.getString("display_name"), row.getString("stage") == null ? null : Stage.valueOf(row.getString("stage")),
                row.getObject("recorded_at", OffsetDateTime.class)),
                row -> Optional.ofNullable(row.stage()).map(stage -> new RowsWritten(row.organisationCode(), "CREATE",
                        "Contact", List.of(id.toString()), clientId, created(clientId, happenedAt, request, stage, row))));
        if (recorded.organisationCode() == null) {
            throw new RecordNotFound("client", clientId);
        }
        if (ClientStatus.CLOSED.name().equals(recorded.status())) {
            throw new RuleConflict("The client's case was closed on " + recorded.closedOn() + "; contacts can no longer be added");
        }
        if (recorded.stage() == null && recorded.recorderId() == null) {
            // The signed-in user's first act: their staff record is made from the token, then the contact.
            currentStaff.get();
            return record(clientId, request);
        }
        if (recorded.stage() == null) {
            throw new InvalidInput("happenedAt", "cannot be before the referral date " + recorded.referralDate());
        }
        meters.counter("waymark.contacts.recorded", "channel", request.channel().name()).increment();
        return new ContactView(id, happenedAt, request.channel(), request.durationMinutes(), recorded.stage(), notes,
                recorded.recorderId(), recorded.recorderName(), recorded.recordedAt());
    }

    /** The audit entry of a new contact, as the trail writes one for a record saved through Hibernate. */
    private static Map<String, List<String>> created(UUID clientId, OffsetDateTime happenedAt, ContactRequest request,
            Stage stage, Recorded row) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        changes.put("channel", Arrays.asList(null, request.channel().name()));
        changes.put("client", Arrays.asList(null, clientId.toString()));
        changes.put("durationMinutes", Arrays.asList(null, request.durationMinutes().toString()));
        changes.put("happenedAt", Arrays.asList(null, happenedAt.toString()));
        changes.put("notes", Arrays.asList(null, RowsWritten.MASK));
        changes.put("recordedAt", Arrays.asList(null, String.valueOf(row.recordedAt())));
        changes.put("recordedBy", Arrays.asList(null, String.valueOf(row.recorderId())));
        changes.put("stage", Arrays.asList(null, stage.name()));
        return changes;
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
