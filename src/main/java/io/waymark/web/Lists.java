package io.waymark.web;

import io.quarkus.qute.TemplateExtension;
import io.waymark.client.AgeBand;
import io.waymark.client.ClientGroup;
import io.waymark.client.ConsentScope;
import io.waymark.client.Gender;
import io.waymark.client.Programme;
import io.waymark.client.ReferralSource;
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

    static List<ConsentScope> consentScopes() {
        return Arrays.asList(ConsentScope.values());
    }

    static List<SupportLevel> supportLevels() {
        return Arrays.asList(SupportLevel.values());
    }

    static List<AgeBand> ageBands() {
        return Arrays.asList(AgeBand.values());
    }

    static List<Gender> genders() {
        return Arrays.asList(Gender.values());
    }

    static List<ReferralSource> referralSources() {
        return Arrays.asList(ReferralSource.values());
    }

    /** The scores of the IPS Fidelity Scale. */
    static List<String> scores() {
        return List.of("1", "2", "3", "4", "5");
    }

    /** A text field of the referral form: its name, label and input type (none: text). */
    public record Field(String name, String label, String type) {
    }

    static List<Field> referralTextFields() {
        return List.of(new Field("firstName", "First name", null), new Field("lastName", "Last name", null),
                new Field("preferredName", "Preferred name", null), new Field("dateOfBirth", "Date of birth", "date"),
                new Field("nationalInsuranceNumber", "National Insurance number", null),
                new Field("phone", "Phone", "tel"), new Field("email", "Email", "email"),
                new Field("localAuthority", "Local authority", null), new Field("referralDate", "Referred on", "date"),
                new Field("consentDate", "Agreed to take part on", "date"));
    }
}
