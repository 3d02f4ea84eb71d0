package io.waymark.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waymark.common.InvalidInput;
import io.waymark.common.PageOf;
import io.waymark.common.RuleConflict;
import io.waymark.common.Spreadsheet;
import io.waymark.common.SqlReads;
import io.waymark.common.StaleVersion;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.ClosureReason;
import io.waymark.lists.ListName;
import io.waymark.lists.ListService;
import io.waymark.lists.ListValueView;
import io.waymark.lists.OrganisationLists;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import io.waymark.organisation.OrganisationService;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The rules of the client record: referral, edits, consent and closure. */
@ApplicationScoped
public class ClientService {

    /** Supported employment is for people of working age; a younger referral is almost always a typo. */
    public static final int MINIMUM_AGE_AT_REFERRAL = 16;

    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "reference",
            "lastName", "last_name",
            "firstName", "first_name",
            "referralDate", "referral_date",
            "stage", "current_stage",
            "pathway", "stage_order",
            "stageEnteredOn", "stage_entered_on",
            "createdAt", "created_at");

    @Inject
    ClientMapper mapper;

    @Inject
    SqlReads sql;

    @Inject
    OrganisationService organisations;

    /** The pathway starts each referral's history. */
    @Inject
    Event<ClientReferred> referrals;

    /** The audit trail writes each read of a record. */
    @Inject
    Event<ClientRecordRead> reads;

    @Inject
    Event<ClientsExported> exports;

    @Inject
    Event<ClientClosing> closings;

    @Inject
    Clock clock;

    @Inject
    CustomFieldService fields;

    @Inject
    ObjectMapper json;

    @Inject
    ListService lists;

    @Transactional
    public Client refer(ClientDetails details) {
        checkDates(details);
        Client client = new Client();
        mapper.apply(details, client);
        client.nationalInsuranceNumber = DuplicateFinder.normalisedInsuranceNumber(details.nationalInsuranceNumber());
        client.reference = details.reference() == null
                ? organisations.nextClientReference()
                : requireFreeReference(details.reference(), null);
        choose(details, client);
        client.consentScope = scopeOf(details);
        client.consentGiven = details.consentDate() != null;
        client.custom = fields.values(FieldRecord.CLIENT, details.custom(), Map.of());
        client.status = client.consentGiven ? ClientStatus.ACTIVE : ClientStatus.REFERRED;
        client.currentStage = Stage.ENGAGEMENT;
        client.stageEnteredOn = client.referralDate;
        client.persist();
        referrals.fire(new ClientReferred(client, details.takeOn()));
        return client;
    }

    /** The organisation's client with this reference; an unknown one is a 400 naming the field it came from. */
    public Client byReference(String field, String reference) {
        if (reference != null && reference.contains("\u0000")) {
            throw new InvalidInput(field, "there is no client with this reference");
        }
        Client client = reference == null ? null
                : Client.find("lower(reference) = ?1", reference.strip().toLowerCase()).firstResult();
        if (client == null) {
            throw new InvalidInput(field, "there is no client with the reference " + reference);
        }
        return client;
    }

    /**
     * The client ({@code :client}) as a JSON {@link ClientView}, with its worker's and team's names; what depends on
     * the day is left to {@link ClientMapper#onDay}.
     */
    public static final String RECORD = """
            select json_build_object('id', c.id, 'reference', c.reference, 'firstName', c.first_name,
                    'lastName', c.last_name, 'preferredName', c.preferred_name, 'dateOfBirth', c.date_of_birth,
                    'gender', c.gender, 'ethnicity', c.ethnicity, 'email', c.email, 'phone', c.phone,
                    'nationalInsuranceNumber', c.national_insurance_number, 'address', c.address, 'postcode', c.postcode,
                    'localAuthority', c.local_authority, 'programme', coalesce(c.own_programme, c.programme),
                    'referralSource', coalesce(c.own_referral_source, c.referral_source),
                    'referralDate', c.referral_date, 'programmeStartDate', c.programme_start_date,
                    'consentGiven', c.consent_given, 'consentDate', c.consent_date,
                    'consentScope', coalesce(string_to_array(nullif(c.consent_scope, ''), ','), '{}'),
                    'consentWithdrawnOn', c.consent_withdrawn_on,
                    'clientGroups', array_cat(c.own_client_groups, array(select g.client_group from client_group g
                        where g.client_id = c.id order by g.client_group collate "C")),
                    'supportLevel', c.support_level, 'needsIntenseSupport', c.needs_intense_support,
                    'recommendedRoute', c.recommended_route, 'status', c.status,
                    'closureReason', coalesce(c.own_closure_reason, c.closure_reason),
                    'closedOn', c.closed_on, 'mergedInto', c.merged_into, 'anonymisedOn', c.anonymised_on,
                    'currentStage', c.current_stage, 'stageEnteredOn', c.stage_entered_on, 'workerId', c.worker_id,
                    'teamId', c.team_id, 'urgent', c.urgent, 'waitingSince', c.waiting_since, 'version', c.version,
                    'createdAt', c.created_at, 'updatedAt', c.updated_at, 'custom', c.custom,
                    'messageChannels', c.message_channels,
                    'nationally', json_build_object('programme', c.programme, 'referralSource', c.referral_source,
                        'clientGroups', array(select g.client_group from client_group g where g.client_id = c.id
                            order by g.client_group collate "C"),
                        'closureReason', c.closure_reason)) as record,
                   (select w.display_name from staff w where w.id = c.worker_id) as worker_name,
                   (select t.name from team t where t.id = c.team_id) as team_name
            from client c where c.organisation_code = :organisation and c.id = :client""";

    /** A client's record, opened by someone: the read is written to the audit trail. */
    public Client get(UUID id) {
        Client client = Client.findExisting(id);
        reads.fire(new ClientRecordRead(client.organisationCode, client.id));
        return client;
    }

    /** The client's record, to add something to (a document, a profile, a progression): not once it was erased. */
    public Client toAddTo(UUID id) {
        Client client = get(id);
        if (client.anonymisedOn != null) {
            throw new RuleConflict("The client's record was erased; nothing more can be added to it");
        }
        return client;
    }

    /** Applies an edit made on top of {@code basedOnVersion}; an edit of an older version is refused whole. */
    @Transactional
    public Client update(UUID id, int basedOnVersion, ClientDetails details) {
        Client client = Client.findExisting(id);
        if (client.version != basedOnVersion) {
            throw new StaleVersion();
        }
        checkDates(details);
        if (client.consentGiven && details.consentDate() == null) {
            throw new RuleConflict("consentDate",
                    "consent cannot be removed by an edit; if the client withdraws it, record the withdrawal");
        }
        if (details.reference() != null && !details.reference().equals(client.reference)) {
            client.reference = requireFreeReference(details.reference(), id);
        }
        mapper.apply(details, client);
        client.custom = fields.values(FieldRecord.CLIENT, details.custom(), client.custom);
        client.nationalInsuranceNumber = DuplicateFinder.normalisedInsuranceNumber(details.nationalInsuranceNumber());
        choose(details, client);
        client.consentScope = client.consentWithdrawnOn == null ? scopeOf(details) : client.consentScope;
        if (!client.consentGiven && details.consentDate() != null) {
            client.consentGiven = true;
            if (client.status == ClientStatus.REFERRED) {
                client.status = ClientStatus.ACTIVE;
            }
        }
        Client.flush();
        return client;
    }

    @Transactional
    public Client close(UUID id, ClientClosure closure) {
        Client client = Client.findExisting(id);
        if (client.isClosed()) {
            throw new RuleConflict("The client was already closed on " + client.closedOn);
        }
        LocalDate closedOn = closure.closedOn() != null ? closure.closedOn() : LocalDate.now(clock);
        if (closedOn.isBefore(client.referralDate)) {
            throw new InvalidInput("closedOn", "cannot be before the referral date " + client.referralDate);
        }
        if (closure.reason().strip().equals(ClosureReason.MERGED.name())) {
            throw new InvalidInput("reason", "a duplicate record is closed by merging it into the record to keep");
        }
        ListValueView reason = lists.current().choose(ListName.CLOSURE_REASON, "reason", closure.reason(), Set.of());
        closing(client, closedOn, "closedOn");
        client.status = ClientStatus.CLOSED;
        client.closureReason = ClosureReason.valueOf(reason.countsAs());
        client.ownClosureReason = reason.shipped() ? null : reason.code();
        client.closedOn = closedOn;
        return client;
    }

    /**
     * The client withdraws their consent: the date is recorded and their case is closed from that day (reason
     * WITHDREW), which starts the retention period after which their record is anonymised.
     */
    /** Records the channels the client agreed to be messaged by; an edit of an older version is refused. */
    @Transactional
    public Client agreeToMessages(UUID id, int basedOnVersion, MessageConsent consent) {
        Client client = Client.findExisting(id);
        if (client.version != basedOnVersion) {
            throw new StaleVersion();
        }
        if (client.consentWithdrawnOn != null) {
            throw new RuleConflict("channels", "the client withdrew their consent on " + client.consentWithdrawnOn
                    + ", so they are sent nothing");
        }
        if (consent.channels().contains(MessageChannel.EMAIL) && (client.email == null || client.email.isBlank())) {
            throw new RuleConflict("channels", "add the client's email address before they can be emailed");
        }
        if (consent.channels().contains(MessageChannel.TEXT) && (client.phone == null || client.phone.isBlank())) {
            throw new RuleConflict("channels", "add the client's phone number before they can be sent texts");
        }
        client.messageChannels = consent.channels().stream().sorted().map(Enum::name).collect(
                Collectors.toCollection(ArrayList::new));
        Client.flush();
        return client;
    }

    @Transactional
    public Client withdrawConsent(UUID id, ConsentWithdrawal withdrawal) {
        Client client = Client.findExisting(id);
        if (!client.consentGiven) {
            throw new RuleConflict("The client has not given consent, so there is none to withdraw");
        }
        if (client.consentWithdrawnOn != null) {
            throw new RuleConflict("The client withdrew their consent on " + client.consentWithdrawnOn);
        }
        LocalDate withdrawnOn = withdrawal.withdrawnOn() != null ? withdrawal.withdrawnOn() : LocalDate.now(clock);
        if (withdrawnOn.isBefore(client.consentDate)) {
            throw new InvalidInput("withdrawnOn", "cannot be before consent was given, on " + client.consentDate);
        }
        if (!client.isClosed()) {
            closing(client, withdrawnOn, "withdrawnOn");
        }
        client.consentWithdrawnOn = withdrawnOn;
        if (!client.isClosed()) {
            client.status = ClientStatus.CLOSED;
            client.closureReason = ClosureReason.WITHDREW;
            client.closedOn = withdrawnOn;
        }
        return client;
    }

    /** The case's own dates, then every feature's events: a closure dated before any of them is refused. */
    private void closing(Client client, LocalDate closedOn, String field) {
        ClientClosing closing = new ClientClosing(client, closedOn, field);
        closing.requireNotBefore(client.consentDate, "its consent");
        closings.fire(closing);
    }

    /** A worker's open cases, by stage then name: their caseload. */
    public List<Client> caseloadOf(Staff worker) {
        // Stages are stored by name, so pathway order is applied here rather than by the database.
        return Client.<Client>list("worker = ?1 and status <> ?2 order by lastName, firstName", worker, ClientStatus.CLOSED)
                .stream().sorted(Comparator.comparing((Client c) -> c.currentStage)).toList();
    }

    /**
     * "Find a client" and the client list: one statement, straight into rows (the total counted beside them), with
     * the worker's and team's names; no entities to build.
     */
    public PageOf<ClientRow> search(ClientSearch search, int page, int size, String sort) {
        List<String> where = new ArrayList<>(List.of("c.organisation_code = :organisation"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", organisations.currentCode());
        if (search.text() != null && !search.text().isBlank()) {
            where.add(ClientText.parse(search.text()).condition(parameters));
        }
        filter(where, parameters, "c.current_stage", "stage", search.stage());
        filter(where, parameters, "c.status", "status", search.status());
        filter(where, parameters, "c.worker_id", "workerId", search.workerId());
        filter(where, parameters, "c.team_id", "teamId", search.teamId());
        if (search.programme() != null) {
            ListValueView programme = lists.current().find(ListName.PROGRAMME, search.programme())
                    .orElseThrow(() -> new InvalidInput("programme", search.programme()
                            + " is not one of the organisation's programmes"));
            filter(where, parameters, programme.shipped() ? "c.programme" : "c.own_programme", "programme",
                    programme.code());
        }
        if (search.field() != null) {
            where.add("c.custom @> cast(:custom as jsonb)"); // the GIN index client_custom answers it
            parameters.put("custom", json(fields.filter(FieldRecord.CLIENT, search.field(), search.fieldValue())));
        }
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        String conditions = String.join(" and ", where);
        long[] total = {0};
        List<ClientRow> rows = sql.list("""
                select c.id, c.reference, c.first_name, c.last_name, c.date_of_birth, c.status, c.current_stage,
                       c.stage_entered_on, c.referral_date, c.worker_id, w.display_name, t.name,
                       nullif(c.custom, '{}')::text, count(*) over () as total
                  from client c left join staff w on w.id = c.worker_id left join team t on t.id = c.team_id
                 where %s order by %s limit :size offset :offset""".formatted(conditions, orderOf(sort)),
                parameters, row -> {
                    total[0] = row.getLong("total");
                    return new ClientRow(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            row.getString(4), row.getObject(5, LocalDate.class), ClientStatus.valueOf(row.getString(6)),
                            Stage.valueOf(row.getString(7)), row.getObject(8, LocalDate.class),
                            row.getObject(9, LocalDate.class), row.getObject(10, UUID.class), row.getString(11),
                            row.getString(12), custom(row.getString(13)));
                });
        if (rows.isEmpty() && page > 0) { // past the last page: the total is still wanted
            total[0] = sql.one("select count(*) from client c where " + conditions, parameters, row -> row.getLong(1))
                    .orElse(0L);
        }
        return PageOf.of(rows, page, size, total[0]);
    }

    /** A record's own fields' values as SQL read them (none as no text). */
    private Map<String, Object> custom(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a client's own fields could not be read", e);
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most clients one download holds: more than any one service has (docs/performance.md, scale 1). */
    static final int MOST_EXPORTED = 50_000;

    /**
     * Every client the search finds, in the list's order, to download as a file ({@code format} names it for the
     * trail): the download is recorded in the audit trail against each client in it.
     */
    @Transactional
    public Spreadsheet.Listed<ClientRow> export(ClientSearch search, String sort, Spreadsheet.Format format) {
        PageOf<ClientRow> found = search(search, 0, MOST_EXPORTED, sort);
        if (found.totalItems() > MOST_EXPORTED) {
            throw new RuleConflict("The list holds " + found.totalItems() + " clients, more than the " + MOST_EXPORTED
                    + " one download can: narrow it with the filters");
        }
        List<ClientRow> rows = found.items();
        exports.fire(new ClientsExported(organisations.currentCode(), "clients", format.extension,
                rows.stream().map(ClientRow::id).toList()));
        return new Spreadsheet.Listed<>(exportName(), ClientRow.columnsWith(fields.views(FieldRecord.CLIENT)), rows);
    }

    /** The name a downloaded client list is saved under: the service and the day. */
    public String exportName() {
        return "waymark-clients-" + organisations.currentCode() + "-" + LocalDate.now(clock);
    }

    private static void filter(List<String> where, Map<String, Object> parameters, String column, String name,
            Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            parameters.put(name, value); // SqlReads binds an enum by its name
        }
    }

    /** The order of a sort parameter, in SQL; ties broken by name (pathway) and always by id, so pages never overlap. */
    private static String orderOf(String sort) {
        String field = sort == null || sort.isBlank() ? "lastName" : sort.strip();
        boolean descending = field.startsWith("-");
        String column = SORTABLE.get(descending ? field.substring(1) : field);
        if (column == null) {
            throw new InvalidInput("sort", "must be one of " + SORTABLE.keySet() + ", with '-' before it for descending");
        }
        String order = "c." + column + (descending ? " desc" : "");
        if (column.equals("stage_order")) {
            order += ", c.last_name, c.first_name";
        }
        return order + ", c.id";
    }

    /**
     * The rules of a referral's details besides their Bean Validation, checked without saving anything (an import
     * checks its rows with them): age, the order of the dates, consent and its scope.
     */
    /** The record's values of the organisation's lists, checked without saving (an import's row, before the rest). */
    public void checkLists(ClientDetails details) {
        choose(details, new Client());
    }

    public void check(ClientDetails details) {
        checkDates(details);
        choose(details, new Client());
        scopeOf(details);
        fields.values(FieldRecord.CLIENT, details.custom(), Map.of());
    }

    private void checkDates(ClientDetails details) {
        if (Period.between(details.dateOfBirth(), details.referralDate()).getYears() < MINIMUM_AGE_AT_REFERRAL) {
            throw new InvalidInput("dateOfBirth", "the client must be at least " + MINIMUM_AGE_AT_REFERRAL
                    + " on the referral date");
        }
        if (details.programmeStartDate() != null && details.programmeStartDate().isBefore(details.referralDate())) {
            throw new InvalidInput("programmeStartDate", "cannot be before the referral date");
        }
        if (details.consentDate() != null && details.consentDate().isBefore(details.referralDate())) {
            throw new InvalidInput("consentDate", "cannot be before the referral date");
        }
    }

    private static String requireFreeReference(String reference, UUID exceptClient) {
        long taken = Client.count("reference = ?1 and id <> ?2", reference,
                exceptClient != null ? exceptClient : new UUID(0, 0));
        if (taken > 0) {
            throw new RuleConflict("reference", "another client already has the reference " + reference);
        }
        return reference;
    }

    /** Consent always includes taking part; what else the client agreed to is theirs to choose. */
    private static EnumSet<ConsentScope> scopeOf(ClientDetails details) {
        boolean scopeGiven = details.consentScope() != null && !details.consentScope().isEmpty();
        if (details.consentDate() == null) {
            if (scopeGiven) {
                throw new InvalidInput("consentScope", "record the date the client agreed (consentDate) with what they agreed to");
            }
            return EnumSet.noneOf(ConsentScope.class);
        }
        if (!scopeGiven) {
            return EnumSet.of(ConsentScope.SUPPORT);
        }
        if (!details.consentScope().contains(ConsentScope.SUPPORT)) {
            throw new InvalidInput("consentScope", "must include SUPPORT: taking part is what consent is given for");
        }
        return EnumSet.copyOf(details.consentScope());
    }

    /**
     * The record's values of the organisation's lists, from what was chosen: a value the record already has stays
     * even when it has been retired since. Each own value sets the national value it counts as.
     */
    private void choose(ClientDetails details, Client client) {
        OrganisationLists lists = this.lists.current();
        ListValueView programme = lists.choose(ListName.PROGRAMME, "programme", details.programme(),
                setOf(client.programmeCode()));
        if (programme != null) {
            client.programme = Programme.valueOf(programme.countsAs());
            client.ownProgramme = programme.shipped() ? null : programme.code();
        }
        ListValueView source = lists.choose(ListName.REFERRAL_SOURCE, "referralSource", details.referralSource(),
                setOf(client.referralSourceCode()));
        if (source != null) {
            client.referralSource = ReferralSource.valueOf(source.countsAs());
            client.ownReferralSource = source.shipped() ? null : source.code();
        }
        ListValueView area = lists.choose(ListName.LOCAL_AUTHORITY, "localAuthority", details.localAuthority(),
                setOf(client.localAuthority));
        if (area != null) {
            client.localAuthority = area.label();
        }
        Set<ListValueView> groups = lists.chooseAll(ListName.CLIENT_GROUP, "clientGroups", details.clientGroups(),
                client.groupCodes());
        client.clientGroups.clear();
        groups.forEach(group -> client.clientGroups.add(ClientGroup.valueOf(group.countsAs())));
        client.ownClientGroups = new ArrayList<>(groups.stream().filter(group -> !group.shipped())
                .map(ListValueView::code).toList());
    }

    private static Set<String> setOf(String kept) {
        return kept == null ? Set.of() : Set.of(kept);
    }
}
