package io.waymark.web;

import io.quarkus.qute.TemplateExtension;
import io.waymark.client.AgeBand;
import io.waymark.client.ClientGroup;
import io.waymark.client.Programme;
import io.waymark.client.SupportLevel;
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

    static List<Programme> programmes() {
        return Arrays.asList(Programme.values());
    }

    static List<ClientGroup> clientGroups() {
        return Arrays.asList(ClientGroup.values());
    }

    static List<SupportLevel> supportLevels() {
        return Arrays.asList(SupportLevel.values());
    }

    static List<AgeBand> ageBands() {
        return Arrays.asList(AgeBand.values());
    }
}
