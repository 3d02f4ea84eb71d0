package io.waymark.client;

import io.waymark.common.Params;
import io.waymark.customfield.CustomFieldView;
import io.waymark.customfield.OwnFieldsForm;
import io.waymark.web.Forms;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The client's details as typed on a page (adding a client, editing their details): what goes back to the page when
 * it is refused, and the API's {@link ClientDetails} it stands for.
 */
public class ClientForm {

    /** Each field by its id on the page, with the label the page shows. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("firstName", "First name"),
            Map.entry("lastName", "Last name"), Map.entry("preferredName", "Preferred name"),
            Map.entry("dateOfBirth", "Date of birth"), Map.entry("email", "Email"), Map.entry("phone", "Phone"),
            Map.entry("nationalInsuranceNumber", "National Insurance number"), Map.entry("address", "Address"),
            Map.entry("postcode", "Postcode"), Map.entry("localAuthority", "Local authority"),
            Map.entry("referralDate", "Referred on"), Map.entry("consentDate", "Agreed to take part on"),
            Map.entry("gender", "Gender"), Map.entry("programme", "Programme"),
            Map.entry("referralSource", "Referred by"), Map.entry("supportLevel", "Other support a week"),
            Map.entry("consentScope", "With consent, the client also agreed to"),
            Map.entry("clientGroups", "Client groups"), Map.entry("takeOn", "Put the client on"),
            Map.entry("reference", "Reference"), Map.entry("version", "The record"));

    /** The labels of this organisation's own fields besides. */
    public static Map<String, String> labels(List<CustomFieldView> fields) {
        Map<String, String> labels = new LinkedHashMap<>(LABELS);
        fields.forEach(field -> labels.put(field.formId(), field.label()));
        return labels;
    }

    @RestForm public String firstName;
    @RestForm public String lastName;
    @RestForm public String preferredName;
    @RestForm public String dateOfBirth;
    @RestForm public String gender;
    @RestForm public String email;
    @RestForm public String phone;
    @RestForm public String nationalInsuranceNumber;
    @RestForm public String address;
    @RestForm public String postcode;
    @RestForm public String localAuthority;
    @RestForm public String programme;
    @RestForm public String referralSource;
    @RestForm public String referralDate;
    @RestForm public String consentDate;
    @RestForm public List<String> consentScope;
    @RestForm public List<String> clientGroups;
    @RestForm public String supportLevel;
    @RestForm public String needsIntenseSupport;
    /**
     * The organisation's own fields: each asked field sends its key and its value, in step (a list's checkboxes send
     * a value of "" and each ticked option as {@code key=option} in {@code customChoice}).
     */
    @RestForm public List<String> customKey;
    @RestForm public List<String> customValue;
    @RestForm public List<String> customChoice;

    /** The details as recorded, for the edit form. */
    static Map<String, String> valuesOf(ClientView client) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", client.firstName());
        values.put("lastName", client.lastName());
        values.put("preferredName", client.preferredName());
        values.put("dateOfBirth", text(client.dateOfBirth()));
        values.put("gender", text(client.gender()));
        values.put("email", client.email());
        values.put("phone", client.phone());
        values.put("nationalInsuranceNumber", client.nationalInsuranceNumber());
        values.put("address", client.address());
        values.put("postcode", client.postcode());
        values.put("localAuthority", client.localAuthority());
        values.put("programme", text(client.programme()));
        values.put("referralSource", text(client.referralSource()));
        values.put("referralDate", text(client.referralDate()));
        values.put("consentDate", text(client.consentDate()));
        values.put("consentScope", client.consentScope() == null ? "" : client.consentScope().stream()
                .map(Enum::name).collect(Collectors.joining(",")));
        values.put("clientGroups", String.join(",", client.clientGroups()));
        values.put("supportLevel", text(client.supportLevel()));
        values.put("needsIntenseSupport", client.needsIntenseSupport() ? "on" : "");
        values.putAll(OwnFieldsForm.typed(client.custom()));
        values.replaceAll((k, v) -> v == null ? "" : v);
        return values;
    }

    /** The own fields' values as sent, by key; null when the form asked none (then none changes). */
    Map<String, Object> custom() {
        return OwnFieldsForm.values(customKey, customValue, customChoice);
    }

    /** What was typed, for the form to come back with. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", firstName);
        values.put("lastName", lastName);
        values.put("preferredName", preferredName);
        values.put("dateOfBirth", dateOfBirth);
        values.put("gender", gender);
        values.put("email", email);
        values.put("phone", phone);
        values.put("nationalInsuranceNumber", nationalInsuranceNumber);
        values.put("address", address);
        values.put("postcode", postcode);
        values.put("localAuthority", localAuthority);
        values.put("programme", programme);
        values.put("referralSource", referralSource);
        values.put("referralDate", referralDate);
        values.put("consentDate", consentDate);
        values.put("consentScope", consentScope == null ? "" : String.join(",", consentScope));
        values.put("clientGroups", clientGroups == null ? "" : String.join(",", clientGroups));
        values.put("supportLevel", supportLevel);
        values.put("needsIntenseSupport", needsIntenseSupport);
        values.putAll(OwnFieldsForm.typed(custom()));
        values.replaceAll((k, v) -> v == null ? "" : v);
        return values;
    }

    /** The API's request for these details; {@code reference} and {@code takeOn} as the page decides them. */
    public ClientDetails details(String reference, TakeOn takeOn) {
        return new ClientDetails(reference, firstName, lastName, Forms.optional(preferredName),
                Params.date("dateOfBirth", dateOfBirth), Params.enumValue(Gender.class, "gender", gender), null,
                Forms.optional(email), Forms.optional(phone), Forms.optional(nationalInsuranceNumber), Forms.optional(address),
                Forms.optional(postcode), Forms.optional(localAuthority), Forms.optional(programme),
                Forms.optional(referralSource),
                Params.date("referralDate", referralDate), null, Params.date("consentDate", consentDate),
                withSupport(Params.enumValues(ConsentScope.class, "consentScope", consentScope)),
                clientGroups,
                Params.enumValue(SupportLevel.class, "supportLevel", supportLevel),
                needsIntenseSupport != null && !needsIntenseSupport.isBlank(), takeOn, custom());
    }

    /** The form asks only for the optional scopes: consent is always to the support itself. */
    private static Set<ConsentScope> withSupport(Set<ConsentScope> optional) {
        if (optional == null || optional.isEmpty()) {
            return optional;
        }
        EnumSet<ConsentScope> scope = EnumSet.copyOf(optional);
        scope.add(ConsentScope.SUPPORT);
        return scope;
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
