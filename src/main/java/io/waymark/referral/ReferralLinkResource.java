package io.waymark.referral;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The organisation's referral forms, for administrators: its public self-referral form's rules, and its partners'
 * links, each with a secret address given once.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralLinkResource {

    @Inject
    ReferralService referrals;

    @Inject
    ReferralMapper mapper;

    @GET
    @Path("referral-settings")
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public ReferralSettings settings() {
        return referrals.settings();
    }

    @PUT
    @Path("referral-settings")
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public ReferralSettings changeSettings(@Valid @NotNull ReferralSettings settings) {
        return referrals.changeSettings(settings);
    }

    /** Every link, newest first, revoked ones too; without their addresses, which were given when they were made. */
    @GET
    @Path("referral-links")
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public List<ReferralLinkView> links() {
        return referrals.links().stream().map(link -> mapper.toView(link, null)).toList();
    }

    /** A new link; its {@code address} is in this answer only. */
    @POST
    @Path("referral-links")
    @ResponseStatus(201)
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public ReferralLinkView create(@Valid @NotNull ReferralLinkRequest request, @Context UriInfo uri) {
        ReferralService.NewLink created = referrals.createLink(request);
        return mapper.toView(created.link(), ReferralService.address(uri.getBaseUri().toString(),
                created.link().organisationCode, created.token()));
    }

    /** The link stops working at once (If-Match: its version). */
    @POST
    @Path("referral-links/{id}/revocation")
    @PermissionsAllowed(Act.MANAGE_REFERRAL_FORMS)
    public ReferralLinkView revoke(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return mapper.toView(referrals.revokeLink(id, Params.version(ifMatch)), null);
    }
}
