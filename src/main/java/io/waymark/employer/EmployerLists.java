package io.waymark.employer;

import io.quarkus.qute.TemplateExtension;
import java.util.Arrays;
import java.util.List;

/** The employer's reference lists the forms offer, as {list:...} in the templates. */
@TemplateExtension(namespace = "list", priority = 3)
public final class EmployerLists {

    private EmployerLists() {
    }

    static List<SizeBand> sizeBands() {
        return Arrays.asList(SizeBand.values());
    }

    static List<DisabilityConfident> disabilityConfidentLevels() {
        return Arrays.asList(DisabilityConfident.values());
    }

    static List<OpportunityKind> opportunityKinds() {
        return Arrays.asList(OpportunityKind.values());
    }

    static List<OpportunityStatus> opportunityStatuses() {
        return Arrays.asList(OpportunityStatus.values());
    }
}
