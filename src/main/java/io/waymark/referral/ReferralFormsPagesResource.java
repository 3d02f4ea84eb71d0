package io.waymark.referral;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.lists.ListService;
import io.waymark.lists.OrganisationLists;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * "Referral forms", for administrators: the public self-referral form (open or closed, its address), the queue's target
 * and how long declined referrals are kept, and the partners' links. A new link's address is shown once, on the answer
 * to the form that made it, as a service's API key is.
 */
@Path("/app/referral-forms")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReferralFormsPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forms(StaffView me, ReferralSettings settings, String selfReferralAddress,
                List<ReferralLinkView> links, OrganisationLists lists, ReferralLinkView created,
                Map<String, String> errors, Map<String, String> values);
    }

    private static final Map<String, String> LABELS = Map.of("reviewWorkingDays", "Working days to decide",
            "declinedKeptDays", "Days a declined referral is kept", "partner", "Partner",
            "referralSource", "Counted as referred by", "questions", "The partner's questions", "version", "The link");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReferralService referrals;

    @Inject
    ReferralMapper mapper;

    @Inject
    ListService lists;

    @Context
    UriInfo uri;

    @GET
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public TemplateInstance forms() {
        return page(null, Map.of(), Map.of());
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public RestResponse<TemplateInstance> changeSettings(@RestForm String selfReferralOpen,
            @RestForm String reviewWorkingDays, @RestForm String declinedKeptDays) {
        Map<String, String> values = Map.of("selfReferralOpen", Forms.typed(selfReferralOpen),
                "reviewWorkingDays", Forms.typed(reviewWorkingDays), "declinedKeptDays", Forms.typed(declinedKeptDays));
        return Forms.act(() -> {
            Integer review = Forms.integer("reviewWorkingDays", reviewWorkingDays);
            Integer kept = Forms.integer("declinedKeptDays", declinedKeptDays);
            ReferralSettings settings = new ReferralSettings(selfReferralOpen != null && !selfReferralOpen.isBlank(),
                    review, kept);
            Forms.validate(settings);
            referrals.changeSettings(settings);
        }, "/app/referral-forms", "Referral settings saved", LABELS, errors -> page(null, errors, values));
    }

    /** Makes a partner's link and shows its address, this once. */
    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public RestResponse<TemplateInstance> createLink(@RestForm String partner, @RestForm String referralSource,
            @RestForm String questions) {
        Map<String, String> values = Map.of("partner", Forms.typed(partner), "referralSource",
                Forms.typed(referralSource), "questions", Forms.typed(questions));
        try {
            ReferralLinkRequest request = new ReferralLinkRequest(partner, referralSource, questions(questions));
            Forms.validate(request);
            ReferralService.NewLink created = referrals.createLink(request);
            return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, page(mapper.toView(created.link(),
                    ReferralService.address(uri.getBaseUri().toString(), created.link().organisationCode,
                            created.token())), Map.of(), Map.of())).build();
        } catch (DomainException refused) {
            return Forms.refused(refused, page(null, Forms.errors(refused, LABELS), values));
        }
    }

    @POST
    @Path("links/{id}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public RestResponse<TemplateInstance> revokeLink(@PathParam("id") UUID id, @RestForm String version) {
        return Forms.act(() -> referrals.revokeLink(id, Params.version(version)), "/app/referral-forms",
                "Link revoked: it no longer works", LABELS, errors -> page(null, errors, Map.of()));
    }

    /** One question a line; a line ending in "*" must be answered. */
    private static List<PartnerQuestion> questions(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.equals("*"))
                .map(line -> line.endsWith("*") ? new PartnerQuestion(line.substring(0, line.length() - 1).strip(), true)
                        : new PartnerQuestion(line, false))
                .toList();
    }

    private TemplateInstance page(ReferralLinkView created, Map<String, String> errors, Map<String, String> values) {
        StaffView me = currentStaff.view();
        return Templates.forms(me, referrals.settings(), uri.getBaseUri().toString().replaceAll("/+$", "")
                        + "/refer/" + me.organisationCode(),
                referrals.links().stream().map(link -> mapper.toView(link, null)).toList(), lists.current(), created,
                errors, values);
    }
}
