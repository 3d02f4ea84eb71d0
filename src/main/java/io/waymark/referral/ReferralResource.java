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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * Referrals to review: those sent through the organisation's public form and its partners' links. A team lead accepts
 * one (the client is created as referred, on a caseload or a waiting list) or declines it with a reason.
 */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    ReferralService referrals;

    /** The referrals with a status ({@code NEW} by default), the longest waiting first. */
    @GET
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public List<ReferralView> queue(@QueryParam("status") String status) {
        return referrals.queue(status == null || status.isBlank() ? ReferralStatus.NEW
                : Params.enumValue(ReferralStatus.class, "status", status));
    }

    /** One referral; while it is new, with the organisation's records likely to be the same person. */
    @GET
    @Path("{id}")
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public ReferralView referral(@PathParam("id") UUID id) {
        return referrals.get(id);
    }

    /** Accepts the referral (If-Match: its version); the answer names the client it became. */
    @POST
    @Path("{id}/acceptance")
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public ReferralView accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AcceptRequest request) {
        referrals.accept(id, Params.version(ifMatch), request);
        return referrals.get(id);
    }

    /** Declines the referral with a reason (If-Match: its version); it is deleted after the organisation's period. */
    @POST
    @Path("{id}/decline")
    @PermissionsAllowed(Act.REVIEW_REFERRALS)
    public ReferralView decline(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DeclineRequest request) {
        referrals.decline(id, Params.version(ifMatch), request);
        return referrals.get(id);
    }
}
