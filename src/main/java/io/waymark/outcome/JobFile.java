package io.waymark.outcome;

import io.waymark.customfield.CustomFieldView;
import java.util.List;
import java.util.UUID;

/** Everything the job's page shows: whose job, the job with its checks, how funders count it, and the employers. */
public record JobFile(UUID clientId, String clientName, String clientReference, OutcomeView job,
        List<RuleResultView> definitions, List<Choice> employers, List<CustomFieldView> jobFields) {

    public record Choice(String value, String label) {
    }
}
