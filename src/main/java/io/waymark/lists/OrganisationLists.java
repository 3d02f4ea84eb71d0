package io.waymark.lists;

import io.waymark.common.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's lists as read once for a transaction (an import's thousands of rows read them once): what the
 * forms offer, the labels the pages show, and the one rule for a chosen value.
 */
public record OrganisationLists(Map<ListName, List<ListValueView>> values) {

    /** A refusal names the values a list offers up to this many (not the UK's councils). */
    private static final int MOST_NAMED = 25;

    public static OrganisationLists of(Collection<ListValueView> all) {
        Map<ListName, List<ListValueView>> values = new EnumMap<>(ListName.class);
        for (ListName list : ListName.values()) {
            values.put(list, new ArrayList<>());
        }
        all.forEach(value -> values.get(value.list()).add(value));
        return new OrganisationLists(values);
    }

    /** The lists a client's page shows: all but the local authorities ({@link ListService#VALUES_FOR_PAGES}). */
    public OrganisationLists forPages() {
        return of(values.entrySet().stream().filter(list -> list.getKey() != ListName.LOCAL_AUTHORITY)
                .flatMap(list -> list.getValue().stream()).toList());
    }

    /** Every value of the list, retired ones too, in the forms' order. */
    public List<ListValueView> all(ListName list) {
        return values.get(list);
    }

    /** The values a form offers: those not retired, and the value the record has (retired or not). */
    public List<ListValueView> offered(ListName list, Collection<String> kept) {
        return values.get(list).stream().filter(value -> value.retiredOn() == null || kept.contains(value.code())
                || kept.contains(value.label())).toList();
    }

    /** As a form offers them, keeping the values it has ({@code kept}: codes or names, separated by commas). */
    public List<ListValueView> offer(String list, String kept) {
        return offered(ListName.valueOf(list), kept == null ? Set.of() : new HashSet<>(Arrays.asList(kept.split(","))));
    }

    /** True when a form's value (codes separated by commas) has the code. */
    public boolean has(String joined, String code) {
        return joined != null && Arrays.asList(joined.split(",")).contains(code);
    }

    /** The value by its code or, ignoring case, its name ("Glasgow City", "Fair Start Scotland"). */
    public Optional<ListValueView> find(ListName list, String codeOrLabel) {
        if (codeOrLabel == null) {
            return Optional.empty();
        }
        String given = codeOrLabel.strip();
        return values.get(list).stream().filter(value -> value.code().equals(given)).findFirst()
                .or(() -> values.get(list).stream()
                        .filter(value -> value.label().toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT)))
                        .findFirst());
    }

    /** The value's name, or the code itself when the list has no such value. */
    public String label(ListName list, String code) {
        return find(list, code).map(ListValueView::label).orElse(code);
    }

    /** The value's name, for a page: {@code lists.name('PROGRAMME', client.programme)}. */
    public String name(String list, String code) {
        return label(ListName.valueOf(list), code);
    }

    /**
     * The value a record gets for what was chosen ({@code field} names it in a refusal): one of the list's values,
     * not retired unless the record already has it ({@code kept}), so a retired value stays on the records that
     * have it. Null when nothing was chosen.
     */
    public ListValueView choose(ListName list, String field, String chosen, Collection<String> kept) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        ListValueView value = find(list, chosen).orElseThrow(() -> new InvalidInput(field, notOneOf(list, chosen)));
        if (value.retiredOn() != null && !kept.contains(value.code()) && !kept.contains(value.label())) {
            throw new InvalidInput(field, value.label() + " is no longer offered (retired on " + value.retiredOn() + ")");
        }
        return value;
    }

    /** The refusal of a value the list does not have, with the values it offers when they are few enough to read. */
    private String notOneOf(ListName list, String chosen) {
        List<String> offered = offered(list, Set.of()).stream().map(ListValueView::code).toList();
        return chosen.strip() + " is not one of the organisation's " + list.label().toLowerCase(Locale.ROOT)
                + (offered.size() <= MOST_NAMED ? ": " + String.join(", ", offered) : "");
    }

    /** The values chosen of a list a record may have several of, each as {@link #choose} takes it. */
    public Set<ListValueView> chooseAll(ListName list, String field, Collection<String> chosen, Collection<String> kept) {
        Set<ListValueView> values = new LinkedHashSet<>();
        if (chosen != null) {
            int index = 0;
            for (String one : chosen) {
                values.add(choose(list, field + "[" + index++ + "]", one, kept));
            }
        }
        values.remove(null);
        return values;
    }
}
