package io.waymark.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Adding a client (a referral). Before saving, the organisation's records that are likely the same person are shown;
 * the worker opens one of them, or confirms that this is someone new.
 */
@Path("/app/clients/new")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReferralPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newClient(StaffView me, Map<String, String> errors, Map<String, String> values,
                List<DuplicateCandidate> likely);
    }

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("firstName", "First name"),
            Map.entry("lastName", "Last name"), Map.entry("preferredName", "Preferred name"),
            Map.entry("dateOfBirth", "Date of birth"), Map.entry("email", "Email"), Map.entry("phone", "Phone"),
            Map.entry("nationalInsuranceNumber", "National Insurance number"),
            Map.entry("localAuthority", "Local authority"), Map.entry("referralDate", "Referred on"),
            Map.entry("consentDate", "Agreed to take part on"), Map.entry("gender", "Gender"),
            Map.entry("programme", "Programme"), Map.entry("referralSource", "Referred by"),
            Map.entry("supportLevel", "Other support a week"), Map.entry("consentScope", "With consent, the client also agreed to"),
            Map.entry("clientGroups", "Client groups"), Map.entry("takeOn", "Put the client on"));

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ClientService clients;

    @Inject
    DuplicateFinder duplicates;

    @GET
    @PermissionsAllowed(Act.REFER_CLIENT)
    public RestResponse<TemplateInstance> form() {
        // A worker takes their own referrals on; a team lead, who keeps no caseload, puts them on the waiting list.
        StaffView me = currentStaff.view();
        String takeOn = me.can().keepCaseload() && !me.can().viewTeam() ? TakeOn.CASELOAD.name() : TakeOn.WAITING_LIST.name();
        return RestResponse.ResponseBuilder.ok(page(Map.of(), Map.of("takeOn", takeOn), List.of())).build();
    }

    /**
     * Adds the client, unless records that are likely the same person exist and the worker has not yet confirmed
     * that this is someone new: then the form comes back with those records listed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.REFER_CLIENT)
    public RestResponse<TemplateInstance> refer(@RestForm String firstName, @RestForm String lastName,
            @RestForm String preferredName, @RestForm String dateOfBirth, @RestForm String gender,
            @RestForm String email, @RestForm String phone, @RestForm String nationalInsuranceNumber,
            @RestForm String localAuthority, @RestForm String programme, @RestForm String referralSource,
            @RestForm String referralDate, @RestForm String consentDate, @RestForm List<String> consentScope,
            @RestForm List<String> clientGroups,
            @RestForm String supportLevel, @RestForm String needsIntenseSupport, @RestForm String takeOn,
            @RestForm String someoneNew) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", firstName);
        values.put("lastName", lastName);
        values.put("preferredName", preferredName);
        values.put("dateOfBirth", dateOfBirth);
        values.put("gender", gender);
        values.put("email", email);
        values.put("phone", phone);
        values.put("nationalInsuranceNumber", nationalInsuranceNumber);
        values.put("localAuthority", localAuthority);
        values.put("programme", programme);
        values.put("referralSource", referralSource);
        values.put("referralDate", referralDate);
        values.put("consentDate", consentDate);
        values.put("consentScope", consentScope == null ? "" : String.join(",", consentScope));
        values.put("clientGroups", clientGroups == null ? "" : String.join(",", clientGroups));
        values.put("supportLevel", supportLevel);
        values.put("needsIntenseSupport", needsIntenseSupport);
        values.put("takeOn", takeOn);
        values.replaceAll((k, v) -> v == null ? "" : v);
        try {
            ClientDetails details = new ClientDetails(null, firstName, lastName, blankToNull(preferredName),
                    Params.date("dateOfBirth", dateOfBirth), Params.enumValue(Gender.class, "gender", gender), null,
                    blankToNull(email), blankToNull(phone), blankToNull(nationalInsuranceNumber), null, null, localAuthority,
                    Params.enumValue(Programme.class, "programme", programme),
                    Params.enumValue(ReferralSource.class, "referralSource", referralSource),
                    Params.date("referralDate", referralDate), null, Params.date("consentDate", consentDate),
                    withSupport(Params.enumValues(ConsentScope.class, "consentScope", consentScope)),
                    Params.enumValues(ClientGroup.class, "clientGroups", clientGroups),
                    Params.enumValue(SupportLevel.class, "supportLevel", supportLevel),
                    needsIntenseSupport != null, Params.enumValue(TakeOn.class, "takeOn", takeOn));
            Forms.validate(details);
            if (someoneNew == null) {
                List<DuplicateCandidate> likely = duplicates.likelyDuplicates(new DuplicateQuery(firstName, lastName,
                        details.dateOfBirth(), details.nationalInsuranceNumber(), details.phone(), details.email(), null));
                if (!likely.isEmpty()) {
                    return Forms.again(409, page(Map.of(), values, likely));
                }
            }
            if (details.takeOn() == null) {
                throw new InvalidInput("takeOn", "choose your caseload or your team's waiting list");
            }
            Client client = clients.refer(details);
            return Forms.saved("/app/clients/" + client.id,
                    "Client added: " + client.firstName + " " + client.lastName + ", " + client.reference
                            + (details.takeOn() == TakeOn.CASELOAD ? ", on your caseload" : ", on your team's waiting list"));
        } catch (DomainException refused) {
            return Forms.refused(refused, page(Forms.errors(refused, LABELS), values, List.of()));
        }
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private TemplateInstance page(Map<String, String> errors, Map<String, String> values,
            List<DuplicateCandidate> likely) {
        return Templates.newClient(currentStaff.view(), errors, values, likely);
    }
}
