package io.waymark.web;

import io.quarkus.qute.TemplateExtension;
import io.waymark.outcome.ContractType;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.OutcomeType;
import io.waymark.outcome.Verification;
import java.util.Arrays;
import java.util.List;

/** The reference lists the forms offer, as {list:...} in the templates. */
@TemplateExtension(namespace = "list")
public final class Lists {

    private Lists() {
    }

    static List<OutcomeType> outcomeTypes() {
        return Arrays.asList(OutcomeType.values());
    }

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
