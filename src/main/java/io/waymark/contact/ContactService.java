package io.waymark.contact;

import io.micrometer.core.instrument.MeterRegistry;
import io.waymark.client.Client;
import io.waymark.client.ClientClosing;
import io.waymark.client.ClientStatus;
import io.waymark.client.ClientsExported;
import io.waymark.client.Stage;
import io.waymark.common.AuditedSql;
import io.waymark.common.Clocks;
import io.waymark.common.InvalidInput;
import io.waymark.common.PageOf;
import io.waymark.common.RecordNotFound;
import io.waymark.common.DomainException;
import io.waymark.common.RowsCreated;
import io.waymark.common.RowsWritten;
import io.waymark.common.RuleConflict;
import io.waymark.common.Spreadsheet;
import io.waymark.common.SqlReads;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

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

    @Inject
    Event<RowsCreated> createdRows;

    @Inject
    Event<ClientsExported> exports;

    @Inject
    ContactMapper mapper;

    /** A case cannot close before its last contact (by the day in the UK). */
    void refuseEarlyClosure(@Observes ClientClosing closing) {
        OffsetDateTime last = Contact.getEntityManager()
                .createQuery("select max(c.happenedAt) from Contact c where c.client.id = ?1", OffsetDateTime.class)
                .setParameter(1, closing.client().id).getSingleResult();
        closing.requireNotBefore(last == null ? null : last.atZoneSameInstant(Clocks.UK).toLocalDate(), "a contact");
    }

    /** A contact can be recorded for a client ({@code client}) whose case is open, from their referral day on. */
    private static String recordable(String client, String day) {
        return client + ".status <> 'CLOSED' and " + client + ".referral_date <= " + day;
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
                where %s
                returning stage, recorded_at)
            select held.organisation_code, held.status, held.closed_on, held.referral_date, recorder.id as recorder,
                   recorder.display_name, added.stage, added.recorded_at
            from (values (1)) as one (row) left join held on true left join recorder on true left join added on true"""
            .formatted(recordable("held", ":happenedOn"));

    private record Recorded(String organisationCode, String status, LocalDate closedOn, LocalDate referralDate,
            UUID recorderId, String recorderName, Stage stage, OffsetDateTime recordedAt) {
    }

    @Transactional
    public ContactView record(UUID clientId, ContactRequest request) {
        OffsetDateTime happenedAt = request.happenedAt() != null ? request.happenedAt() : OffsetDateTime.now(clock);
        requireNotInFuture(happenedAt);
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
                        "Contact", List.of(id.toString()), clientId, created(clientId, happenedAt, request, stage,
                        row.recorderId(), row.recordedAt()))));
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

    /** A contact has happened: it is not in the future (beyond a device clock's drift). */
    public void requireNotInFuture(OffsetDateTime happenedAt) {
        if (happenedAt.isAfter(OffsetDateTime.now(clock).plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("happenedAt", "cannot be in the future");
        }
    }

    /** One contact of a client's history, as an import brings it. */
    public record ClientContact(UUID clientId, ContactRequest request) {
    }

    /** A contact of a list that could not be recorded: its place in the list, and why. */
    public static final class NotRecorded extends RuntimeException {
        public final int index;
        public final DomainException reason;

        NotRecorded(int index, DomainException reason) {
            super(reason.getMessage(), null, false, false);
            this.index = index;
            this.reason = reason;
        }
    }

    /** Many contacts in one statement: each inserted when {@link #recordable} holds, as {@link #RECORD} does. */
    private static final String RECORD_MANY = """
            with given as (
                select cast(g.id as uuid) id, cast(g.client_id as uuid) client_id, cast(g.happened_at as timestamptz)
                       happened_at, g.channel, cast(g.minutes as integer) minutes, g.stage, g.notes
                from unnest(cast(:ids as text[]), cast(:clients as text[]), cast(:times as text[]),
                            cast(:channels as text[]), cast(:minutes as text[]), cast(:stages as text[]),
                            cast(:notes as text[])) as g (id, client_id, happened_at, channel, minutes, stage, notes)),
            recorder as (select id from staff where subject = :subject)
            insert into contact (id, organisation_code, client_id, happened_at, channel, duration_minutes, stage, notes,
                                 recorded_by, recorded_at)
            select g.id, held.organisation_code, held.id, g.happened_at, g.channel, g.minutes,
                   coalesce(g.stage, held.current_stage), g.notes, recorder.id, now()
            from given g join client held on held.id = g.client_id, recorder
            where %s
            returning id, organisation_code, client_id, stage, recorded_at, recorded_by"""
            .formatted(recordable("held", "cast(g.happened_at at time zone :zone as date)"));

    /**
     * Records many contacts of clients' history in one statement (an import's, a thousand at a time), by the rules of
     * {@link #record}: not in the future, and only while the case is open, from the referral on; each in the audit
     * trail as {@link #record} writes it. When one breaks a rule, {@link NotRecorded} names it; the caller's
     * transaction must then be rolled back, as the others may have been inserted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<ClientContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        int n = contacts.size();
        String[] ids = new String[n];
        String[] clients = new String[n];
        String[] times = new String[n];
        String[] channels = new String[n];
        String[] minutes = new String[n];
        String[] stages = new String[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            ContactRequest request = contacts.get(i).request();
            try {
                requireNotInFuture(request.happenedAt());
            } catch (InvalidInput refused) {
                throw new NotRecorded(i, refused);
            }
            ids[i] = UUID.randomUUID().toString();
            clients[i] = contacts.get(i).clientId().toString();
            times[i] = request.happenedAt().toString();
            channels[i] = request.channel().name();
            minutes[i] = request.durationMinutes().toString();
            stages[i] = request.stage() == null ? null : request.stage().name();
            notes[i] = request.notes().strip();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("clients", clients);
        parameters.put("times", times);
        parameters.put("channels", channels);
        parameters.put("minutes", minutes);
        parameters.put("stages", stages);
        parameters.put("notes", notes);
        parameters.put("subject", currentStaff.get().subject);
        parameters.put("zone", clock.getZone().getId());
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(ids[i], i);
        }
        List<RowsCreated.Row> rows = new ArrayList<>();
        String organisation = audited.writeMany(RECORD_MANY, parameters, row -> {
            String id = row.getString("id");
            ContactRequest request = contacts.get(indexOf.get(id)).request();
            Stage stage = Stage.valueOf(row.getString("stage"));
            rows.add(new RowsCreated.Row(id, row.getObject("client_id", UUID.class),
                    created(row.getObject("client_id", UUID.class), request.happenedAt(), request, stage,
                            row.getObject("recorded_by", UUID.class), row.getObject("recorded_at", OffsetDateTime.class))));
            return row.getString("organisation_code");
        }).stream().findFirst().orElse(null);
        if (rows.size() < n) {
            java.util.Set<String> recorded = new java.util.HashSet<>();
            rows.forEach(r -> recorded.add(r.id()));
            int first = 0;
            while (recorded.contains(ids[first])) {
                first++;
            }
            Client client = Client.findById(contacts.get(first).clientId());
            throw new NotRecorded(first, client == null ? new RecordNotFound("client", contacts.get(first).clientId())
                    : client.isClosed() ? new RuleConflict("The client's case was closed on " + client.closedOn
                            + "; contacts can no longer be added")
                    : new InvalidInput("happenedAt", "cannot be before the referral date " + client.referralDate));
        }
        createdRows.fire(new RowsCreated(organisation, "Contact", rows));
        meters.counter("waymark.contacts.recorded", "channel", "imported").increment(n);
    }

    /** The audit entry of a new contact, as the trail writes one for a record saved through Hibernate. */
    private static Map<String, List<String>> created(UUID clientId, OffsetDateTime happenedAt, ContactRequest request,
            Stage stage, UUID recorderId, OffsetDateTime recordedAt) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        changes.put("channel", Arrays.asList(null, request.channel().name()));
        changes.put("client", Arrays.asList(null, clientId.toString()));
        changes.put("durationMinutes", Arrays.asList(null, request.durationMinutes().toString()));
        changes.put("happenedAt", Arrays.asList(null, happenedAt.toString()));
        changes.put("notes", Arrays.asList(null, RowsWritten.MASK));
        changes.put("recordedAt", Arrays.asList(null, String.valueOf(recordedAt)));
        changes.put("recordedBy", Arrays.asList(null, String.valueOf(recorderId)));
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
        return sql.jsonArray("select (" + PLANNED_FOR_CLIENT + ")", Map.of("client", clientId, "zone",
                clock.getZone().getId()), PlannedContactView.class);
    }

    /**
     * All the client's contacts, newest first, to download as a file ({@code format}); the download is in the client's
     * audit trail, in the same transaction.
     */
    @Transactional
    public Spreadsheet.Listed<ContactView> export(UUID clientId, Spreadsheet.Format format) {
        Client client = Client.findExisting(clientId);
        List<ContactView> all = Contact.<Contact>find("from Contact c join fetch c.recordedBy where c.client.id = ?1 "
                + "order by c.happenedAt desc, c.id", clientId).stream().map(mapper::toView).toList();
        exports.fire(new ClientsExported(client.organisationCode, "contacts", format.extension, List.of(clientId)));
        return new Spreadsheet.Listed<>("waymark-contacts-" + client.reference, ContactView.COLUMNS, all);
    }

    public PageOf<Contact> list(UUID clientId, int page, int size) {
        Client.findExisting(clientId);
        return PageOf.of(Contact.newestFirst(clientId, page, size), page, size, Contact.countFor(clientId));
    }
}
