package io.waymark.lists;

import io.waymark.common.InvalidInput;
import io.waymark.common.PerTransaction;
import io.waymark.common.RuleConflict;
import io.waymark.common.StaleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The organisation's own lists: values added, changed, retired and brought back by its administrators, each counted
 * as a national value, and the lists as the services read them ({@link #current}).
 */
@ApplicationScoped
public class ListService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    PerTransaction perTransaction;

    /**
     * The lists a client's page shows (all but the local authorities, which it shows as the record has them), as a
     * JSON array of {@link ListValueView} for a statement that reads the page at once.
     */
    public static final String VALUES_FOR_PAGES = """
            select json_agg(json_build_object('id', v.id, 'list', v.list, 'code', v.code, 'label', v.label,
                    'countsAs', v.counts_as, 'outcomeDefinitionId', v.outcome_definition_id, 'shipped', v.shipped,
                    'position', v.position, 'retiredOn', v.retired_on, 'version', v.version) order by v.position, v.label)
            from list_value v where v.organisation_code = :organisation and v.list <> 'LOCAL_AUTHORITY'""";

    /** The lists, read once for the current transaction (and again after a value of it changes). */
    public OrganisationLists current() {
        // Straight into views: a referral or a page reads some 400 values, none of them to change.
        return perTransaction.get(OrganisationLists.class, () -> OrganisationLists.of(em.createQuery("""
                select new io.waymark.lists.ListValueView(v.id, v.list, v.code, v.label, v.countsAs,
                    v.outcomeDefinitionId, v.shipped, v.position, v.retiredOn, v.version)
                from ListValue v order by v.position, v.label""", ListValueView.class).getResultList()));
    }

    @Transactional
    public ListValue define(ListName list, ListValueRequest request) {
        if (ListValue.count("list = ?1 and code = ?2", list, request.code()) > 0) {
            throw new RuleConflict("code", "another value of the list already has the code " + request.code());
        }
        ListValue value = new ListValue();
        value.list = list;
        value.code = request.code();
        apply(list, request, value);
        value.persist();
        changed();
        return value;
    }

    @Transactional
    public ListValue change(ListName list, UUID id, int basedOnVersion, ListValueRequest request) {
        ListValue value = existing(list, id, basedOnVersion);
        if (value.shipped) {
            throw new RuleConflict("A shipped value cannot be changed: retire it and add your own instead");
        }
        if (!value.code.equals(request.code())) {
            throw new InvalidInput("code", "cannot be changed: the records keep it");
        }
        apply(list, request, value);
        ListValue.flush();
        changed();
        return value;
    }

    /** The value is no longer offered from today; the records that have it keep it. */
    @Transactional
    public ListValue retire(ListName list, UUID id, int basedOnVersion) {
        ListValue value = existing(list, id, basedOnVersion);
        if (value.retired()) {
            throw new RuleConflict("The value was retired on " + value.retiredOn);
        }
        value.retiredOn = LocalDate.now(clock);
        ListValue.flush();
        changed();
        return value;
    }

    /** A retired value is offered again. */
    @Transactional
    public ListValue reinstate(ListName list, UUID id, int basedOnVersion) {
        ListValue value = existing(list, id, basedOnVersion);
        if (!value.retired()) {
            throw new RuleConflict("The value is not retired");
        }
        value.retiredOn = null;
        ListValue.flush();
        changed();
        return value;
    }

    private static ListValue existing(ListName list, UUID id, int basedOnVersion) {
        ListValue value = ListValue.findExisting(list, id);
        if (value.version != basedOnVersion) {
            throw new StaleVersion();
        }
        return value;
    }

    private void apply(ListName list, ListValueRequest request, ListValue value) {
        String label = request.label().strip();
        if (ListValue.count("list = ?1 and lower(label) = ?2 and id <> ?3", list, label.toLowerCase(),
                value.id == null ? new UUID(0, 0) : value.id) > 0) {
            throw new RuleConflict("label", "another value of the list is already called " + label);
        }
        if (list == ListName.LOCAL_AUTHORITY) {
            if (request.countsAs() != null) {
                throw new InvalidInput("countsAs", "a local authority is counted as itself");
            }
        } else if (request.countsAs() == null || !list.nationalValues().contains(request.countsAs())) {
            throw new InvalidInput("countsAs", "give the national value it is counted as, one of "
                    + String.join(", ", list.nationalValues()));
        }
        if (request.outcomeDefinition() != null && list != ListName.PROGRAMME) {
            throw new InvalidInput("outcomeDefinition", "only a programme has an outcome definition");
        }
        if (request.outcomeDefinition() != null && !definitionExists(request.outcomeDefinition())) {
            throw new InvalidInput("outcomeDefinition", "there is no outcome definition " + request.outcomeDefinition());
        }
        value.label = label;
        value.countsAs = request.countsAs();
        value.outcomeDefinitionId = request.outcomeDefinition();
        value.position = request.position();
    }

    /** An outcome definition a programme may take, by id and name. */
    public record DefinitionChoice(UUID id, String name) {
    }

    /** The definitions a programme may take: the shipped ones and the organisation's own (row-level security). */
    @SuppressWarnings("unchecked")
    public List<DefinitionChoice> definitions() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name from shipped_outcome_definition
                union all select id, name from outcome_definition order by 2""").getResultList();
        return rows.stream().map(row -> new DefinitionChoice((UUID) row[0], (String) row[1])).toList();
    }

    /** The organisation's own definitions (under row-level security) and the shipped ones. */
    private boolean definitionExists(UUID id) {
        return !em.createNativeQuery("""
                select 1 from outcome_definition where id = :id
                union all select 1 from shipped_outcome_definition where id = :id""")
                .setParameter("id", id).getResultList().isEmpty();
    }

    /** The transaction's lists are read again when next asked. */
    private void changed() {
        perTransaction.forget(OrganisationLists.class);
    }
}
