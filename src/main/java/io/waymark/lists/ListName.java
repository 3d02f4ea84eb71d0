package io.waymark.lists;

import io.waymark.common.Labelled;
import java.util.Arrays;
import java.util.List;

/**
 * The lists an organisation keeps for itself, each with the national values its own values are counted as (none for
 * local authorities, which are only themselves), and its name in the API's path.
 */
public enum ListName implements Labelled {
    PROGRAMME("programmes", "Programmes", Programme.class),
    REFERRAL_SOURCE("referral-sources", "Referral sources", ReferralSource.class),
    CLIENT_GROUP("client-groups", "Client groups", ClientGroup.class),
    CLOSURE_REASON("closure-reasons", "Closure reasons", ClosureReason.class),
    LOCAL_AUTHORITY("local-authorities", "Local authorities", null);

    private final String path;
    private final String label;
    private final Class<? extends Enum<?>> national;

    ListName(String path, String label, Class<? extends Enum<?>> national) {
        this.path = path;
        this.label = label;
        this.national = national;
    }

    public String path() {
        return path;
    }

    @Override
    public String label() {
        return label;
    }

    /** The national values an own value may count as, in their order; none for local authorities. */
    public List<String> nationalValues() {
        return national == null ? List.of() : Arrays.stream(national.getEnumConstants()).map(Enum::name)
                .filter(name -> !name.equals(ClosureReason.MERGED.name())).toList();
    }

    public static ListName ofPath(String path) {
        return Arrays.stream(values()).filter(list -> list.path.equals(path)).findFirst().orElse(null);
    }
}
