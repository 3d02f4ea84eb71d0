package io.waymark.referral;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.caseload.CaseloadRatios;
import io.waymark.caseload.OrganisationCaseloads;
import io.waymark.client.Client;
import io.waymark.client.ClientForm;
import io.waymark.common.Clocks;
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
import io.waymark.staff.Staff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * "Referrals to review", for team leads: the queue, the longest waiting first and those past the organisation's target
 * flagged; a referral with the duplicate check already run, the client's record to complete from it, where the case
 * goes, and the decline with a reason.
 */
@Path("/app/referrals")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReviewPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(StaffView me, ReferralStatus status, List<ReferralView> referrals,
                ReferralSettings settings);

        static native TemplateInstance referral(StaffView me, ReferralView referral, Map<String, String> errors,
                Map<String, String> values, List<CustomFieldView> customFields, OrganisationLists lists,
                OrganisationCaseloads caseloads);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReferralService referrals;

    @Inject
    CustomFieldService fields;

    @Inject
    ListService lists;

    @Inject
    CaseloadRatios ratios;

    @GET
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public TemplateInstance queue(@QueryParam("status") String status) {
        ReferralStatus shown = status == null || status.isBlank() ? ReferralStatus.NEW
                : Params.enumValue(ReferralStatus.class, "status", status);
        return Templates.queue(currentStaff.view(), shown, referrals.queue(shown), referrals.settings());
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public TemplateInstance referral(@PathParam("id") UUID id) {
        ReferralView referral = referrals.get(id);
        return page(referral, Map.of(), fromReferral(referral));
    }

    /** Accepts the referral as the client's record was completed, onto the chosen caseload or waiting list. */
    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public RestResponse<TemplateInstance> accept(@PathParam("id") UUID id, @BeanParam ClientForm form,
            @RestForm String placement, @RestForm String version, @RestForm String someoneNew) {
        ReferralView referral = referrals.get(id);
        Map<String, String> values = new LinkedHashMap<>(form.values());
        values.put("placement", Forms.typed(placement));
        values.put("someoneNew", Forms.typed(someoneNew));
        try {
            if (!referral.likelyDuplicates().isEmpty() && (someoneNew == null || someoneNew.isBlank())) {
                throw new InvalidInput("someoneNew", "this may be someone already supported: open their record, or"
                        + " tick to confirm that this is someone new");
            }
            String[] chosen = Forms.typed(placement).split(":", 2);
            UUID place = chosen.length == 2 ? Params.uuid("placement", chosen[1]) : null;
            if (place == null) {
                throw new InvalidInput("placement", "choose a worker's caseload or a team's waiting list");
            }
            boolean toWorker = chosen[0].equals("worker");
            Client client = referrals.accept(id, Params.version(version), new AcceptRequest(form.details(null, null),
                    toWorker ? null : place, toWorker ? place : null));
            return Forms.saved("/app/referrals", "Referral accepted: " + client.firstName + " " + client.lastName
                    + ", " + client.reference + (toWorker ? ", on " + client.worker.displayName + "'s caseload"
                            : ", on " + client.team.name + "'s waiting list"));
        } catch (DomainException refused) {
            Map<String, String> labels = new LinkedHashMap<>(ClientForm.labels(asked()));
            labels.put("placement", "Put the client on");
            labels.put("workerId", "Put the client on");
            labels.put("teamId", "Put the client on");
            labels.put("someoneNew", "Someone new");
            Map<String, String> errors = new LinkedHashMap<>();
            // A full caseload or an unknown team is refused at the one choice of where the case goes.
            Forms.errors(refused, labels).forEach((field, error) -> errors.merge(
                    field.equals("workerId") || field.equals("teamId") ? "placement" : field, error, (a, b) -> a));
            return Forms.refused(refused, page(referral, errors, values));
        }
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public RestResponse<TemplateInstance> decline(@PathParam("id") UUID id, @RestForm String reason,
            @RestForm String version) {
        ReferralView referral = referrals.get(id);
        return Forms.act(() -> {
            DeclineRequest request = new DeclineRequest(reason);
            Forms.validate(request);
            referrals.decline(id, Params.version(version), request);
        }, "/app/referrals", "Referral declined: " + referral.firstName() + " " + referral.lastName(),
                Map.of("reason", "Why it is declined", "version", "The referral"), errors -> {
                    Map<String, String> values = new LinkedHashMap<>(fromReferral(referral));
                    values.put("reason", Forms.typed(reason));
                    return page(referral, errors, values);
                });
    }

    /** The client's record as far as the referral tells it; the reviewer completes the rest. */
    private Map<String, String> fromReferral(ReferralView referral) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", referral.firstName());
        values.put("lastName", referral.lastName());
        values.put("preferredName", Forms.typed(referral.preferredName()));
        values.put("dateOfBirth", referral.dateOfBirth().toString());
        values.put("email", Forms.typed(referral.email()));
        values.put("phone", Forms.typed(referral.phone()));
        values.put("postcode", Forms.typed(referral.postcode()));
        values.put("referralSource", referral.referralSource());
        values.put("referralDate", referral.receivedAt().atZoneSameInstant(Clocks.UK).toLocalDate().toString());
        Staff me = currentStaff.get();
        values.put("placement", me.team == null ? "" : "team:" + me.team.id);
        return values;
    }

    private TemplateInstance page(ReferralView referral, Map<String, String> errors, Map<String, String> values) {
        return Templates.referral(currentStaff.view(), referral, errors, values, asked(), lists.current(),
                ratios.organisation());
    }

    private List<CustomFieldView> asked() {
        return fields.asked(FieldRecord.CLIENT);
    }
}
