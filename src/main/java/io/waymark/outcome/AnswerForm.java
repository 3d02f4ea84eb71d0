package io.waymark.outcome;

import io.waymark.common.Params;
import io.waymark.web.Forms;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A sustainment check's answer as typed on a page. Several checks share a page and their field names, so each field
 * is told apart by the check's id ({@code answer-<id>}, {@code since-<id>}), and a refusal is shown at the check.
 */
public record AnswerForm(UUID followUpId, String answer, String hoursPerWeek, String notInEmploymentSince,
        String verifiedBy, String reason) {

    /** The form filled in with the answer given, for correcting it. */
    static AnswerForm of(FollowUpView check) {
        return new AnswerForm(check.id(), text(check.answer()), text(check.hoursPerWeek()),
                text(check.notInEmploymentSince()), text(check.verifiedBy()), check.reason());
    }

    /** The page id of the check's answer, where its errors are shown. */
    public String id() {
        return "answer-" + followUpId;
    }

    public Map<String, String> values() {
        return Map.of(id(), text(answer), "hours-" + followUpId, text(hoursPerWeek),
                "since-" + followUpId, text(notInEmploymentSince), "verified-" + followUpId, text(verifiedBy),
                "reason-" + followUpId, text(reason));
    }

    /** Reads the form as the API's request and hands it on; any refusal is named at the check. */
    public void answer(Consumer<FollowUpAnswerRequest> save) {
        Forms.at(id(), () -> {
            FollowUpAnswerRequest request = new FollowUpAnswerRequest(Params.enumValue(FollowUpAnswer.class, id(), answer),
                    null, Forms.decimal(id(), hoursPerWeek), Params.enumValue(Verification.class, id(), verifiedBy),
                    Params.date(id(), notInEmploymentSince), reason);
            Forms.validate(request);
            save.accept(request);
        });
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
