package io.waymark.outcome;

import io.quarkus.qute.TemplateExtension;
import java.util.Arrays;
import java.util.List;

/** The job outcome's reference lists the forms offer, as {list:...} in the templates. */
@TemplateExtension(namespace = "list", priority = 6)
public final class OutcomeLists {

    private OutcomeLists() {
    }

    static List<OutcomeType> outcomeTypes() {
        return Arrays.asList(OutcomeType.values());
    }

    /** Self-employment has no contract: it is its own outcome type. */
    static List<ContractType> contractTypes() {
        return Arrays.stream(ContractType.values()).filter(c -> c != ContractType.SELF_EMPLOYED).toList();
    }

    static List<FollowUpAnswer> answers() {
        return Arrays.asList(FollowUpAnswer.values());
    }

    static List<Verification> verifications() {
        return Arrays.asList(Verification.values());
    }
}
