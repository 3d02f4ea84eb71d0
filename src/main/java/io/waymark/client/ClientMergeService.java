package io.waymark.client;

import io.waymark.common.AuditedSql;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.lists.ClosureReason;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Merges a duplicate record into the one kept, in one transaction: everything recorded against the duplicate moves
 * to the kept record, the kept record's empty details are filled from it, and the duplicate is closed as a pointer
 * to the kept record. The merge is kept with what moved, so that it can be explained afterwards.
 */
@ApplicationScoped
public class ClientMergeService {

    @Inject
    EntityManager em;

    @Inject
    AuditedSql sql;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Transactional
    public ClientMerge merge(UUID keptId, MergeRequest request) {
        if (keptId.equals(request.mergedClientId())) {
            throw new InvalidInput("mergedClientId", "a record cannot be merged into itself");
        }
        // Locked in id order, so two merges of the same pair at once cannot deadlock or both succeed.
        Client first = lock(keptId.compareTo(request.mergedClientId()) < 0 ? keptId : request.mergedClientId());
        Client second = lock(first.id.equals(keptId) ? request.mergedClientId() : keptId);
        Client kept = first.id.equals(keptId) ? first : second;
        Client merged = kept == first ? second : first;
        if (kept.mergedInto != null) {
            throw new RuleConflict("This record was itself merged into another; merge into that one instead");
        }
        if (merged.mergedInto != null) {
            throw new RuleConflict("mergedClientId", "that record was already merged, on its record's merge history");
        }
        Client.flush();
        List<String> moved = new ArrayList<>();
        for (ClientTable table : ClientTable.values()) {
            if (table.onMerge == ClientTable.OnMerge.MOVES) {
                int rows = sql.run(kept.organisationCode, table.entity, kept.id,
                        Map.of("client", List.of(merged.id.toString(), kept.id.toString())),
                        "update " + table.table + " set client_id = :kept where client_id = :merged and organisation_code = :org",
                        Map.of("kept", kept.id, "merged", merged.id, "org", kept.organisationCode));
                moved.add(table.words + " " + rows);
            }
        }
        kept.clientGroups.addAll(merged.clientGroups);
        List<String> filled = fillBlanks(kept, merged);
        merged.status = ClientStatus.CLOSED;
        merged.closureReason = ClosureReason.MERGED;
        merged.closedOn = merged.closedOn != null ? merged.closedOn : LocalDate.now(clock);
        merged.mergedInto = kept.id;
        merged.worker = null;
        merged.team = null;
        ClientMerge record = new ClientMerge();
        record.keptClientId = kept.id;
        record.mergedClientId = merged.id;
        record.mergedReference = merged.reference;
        record.mergedBy = currentStaff.get();
        record.reason = request.reason().strip();
        record.moved = String.join(", ", moved);
        record.filled = filled.isEmpty() ? "nothing" : String.join(", ", filled);
        record.persist();
        return record;
    }

    /** The merges into a record (or, for a merged record, the merge that closed it), newest first. */
    /** A JSON array of the merges the client ({@code :client}) took part in, as {@link ClientMergeView}, latest first. */
    public static final String MERGES_OF_CLIENT = """
            select json_agg(json_build_object('id', m.id, 'keptClientId', m.kept_client_id,
                    'mergedClientId', m.merged_client_id, 'mergedReference', m.merged_reference,
                    'mergedByName', s.display_name, 'mergedAt', m.merged_at, 'reason', m.reason, 'moved', m.moved,
                    'filled', m.filled) order by m.merged_at desc)
            from client_merge m left join staff s on s.id = m.merged_by
            where m.organisation_code = :organisation and (m.kept_client_id = :client or m.merged_client_id = :client)""";

    public List<ClientMerge> history(UUID clientId) {
        Client.findExisting(clientId);
        return ClientMerge.list("keptClientId = ?1 or mergedClientId = ?1 order by mergedAt desc", clientId);
    }

    private Client lock(UUID id) {
        Client client = Client.findExisting(id);
        em.lock(client, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(client);
        return client;
    }

    /** The kept record's empty details, filled from the merged one; consent given on either counts, as it was given. */
    private static List<String> fillBlanks(Client kept, Client merged) {
        List<String> filled = new ArrayList<>();
        fill(filled, "preferred name", kept, merged, c -> c.preferredName, (c, v) -> c.preferredName = v);
        fill(filled, "ethnicity", kept, merged, c -> c.ethnicity, (c, v) -> c.ethnicity = v);
        fill(filled, "email", kept, merged, c -> c.email, (c, v) -> c.email = v);
        fill(filled, "phone", kept, merged, c -> c.phone, (c, v) -> c.phone = v);
        fill(filled, "National Insurance number", kept, merged, c -> c.nationalInsuranceNumber,
                (c, v) -> c.nationalInsuranceNumber = v);
        fill(filled, "address", kept, merged, c -> c.address, (c, v) -> c.address = v);
        fill(filled, "postcode", kept, merged, c -> c.postcode, (c, v) -> c.postcode = v);
        if (!kept.consentGiven && merged.consentGiven) {
            kept.consentGiven = true;
            kept.consentDate = merged.consentDate;
            kept.consentScope = EnumSet.noneOf(ConsentScope.class);
            kept.consentScope.addAll(merged.consentScope);
            kept.consentWithdrawnOn = merged.consentWithdrawnOn;
            if (kept.status == ClientStatus.REFERRED && kept.consentWithdrawnOn == null) {
                kept.status = ClientStatus.ACTIVE;
            }
            filled.add("consent");
        }
        return filled;
    }

    private static void fill(List<String> filled, String name, Client kept, Client merged, Function<Client, String> get,
            BiConsumer<Client, String> set) {
        if ((get.apply(kept) == null || get.apply(kept).isBlank()) && get.apply(merged) != null) {
            set.accept(kept, get.apply(merged));
            filled.add(name);
        }
    }
}
