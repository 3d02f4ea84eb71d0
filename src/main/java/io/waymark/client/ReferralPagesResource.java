package io.waymark.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.CustomFieldView;
import io.waymark.customfield.FieldRecord;
import io.waymark.lists.ListService;
import io.waymark.lists.OrganisationLists;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                List<DuplicateCandidate> likely, List<CustomFieldView> customFields, OrganisationLists lists);
    }


    @Inject
    CurrentStaff currentStaff;

    @Inject
    ClientService clients;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    CustomFieldService fields;

    @Inject
    ListService lists;

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
    public RestResponse<TemplateInstance> refer(@BeanParam ClientForm form, @RestForm String takeOn,
            @RestForm String someoneNew) {
        Map<String, String> values = new LinkedHashMap<>(form.values());
        values.put("takeOn", takeOn == null ? "" : takeOn);
        try {
            ClientDetails details = form.details(null, Params.enumValue(TakeOn.class, "takeOn", takeOn));
            Forms.validate(details);
            if (someoneNew == null) {
                List<DuplicateCandidate> likely = duplicates.likelyDuplicates(new DuplicateQuery(details.firstName(),
                        details.lastName(), details.dateOfBirth(), details.nationalInsuranceNumber(), details.phone(),
                        details.email(), null));
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
            return Forms.refused(refused, page(Forms.errors(refused, ClientForm.labels(asked())), values, List.of()));
        }
    }

    private TemplateInstance page(Map<String, String> errors, Map<String, String> values,
            List<DuplicateCandidate> likely) {
        return Templates.newClient(currentStaff.view(), errors, values, likely, asked(), lists.current());
    }

    private List<CustomFieldView> asked() {
        return fields.asked(FieldRecord.CLIENT);
    }
}
