package io.waymark.client;

import io.quarkus.qute.TemplateExtension;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.Programme;
import java.util.Arrays;
import java.util.List;

/** The client record's reference lists the forms offer, as {list:...} in the templates. */
@TemplateExtension(namespace = "list", priority = 7)
public final class ClientLists {

    private ClientLists() {
    }

    static List<Stage> stages() {
        return Arrays.asList(Stage.values());
    }

    static List<ClientStatus> statuses() {
        return Arrays.asList(ClientStatus.values());
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

    /** A text field of the referral form: its name, label and input type (none: text). */
    public record Field(String name, String label, String type) {
    }

    static List<Field> referralTextFields() {
        return List.of(new Field("firstName", "First name", null), new Field("lastName", "Last name", null),
                new Field("preferredName", "Preferred name", null), new Field("dateOfBirth", "Date of birth", "date"),
                new Field("nationalInsuranceNumber", "National Insurance number", null),
                new Field("phone", "Phone", "tel"), new Field("email", "Email", "email"),
                new Field("address", "Address", null), new Field("postcode", "Postcode", null),
                new Field("localAuthority", "Local authority", null), new Field("referralDate", "Referred on", "date"),
                new Field("consentDate", "Agreed to take part on", "date"));
    }
}
