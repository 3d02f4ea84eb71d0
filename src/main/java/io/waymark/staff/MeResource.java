package io.waymark.staff;

import io.quarkus.security.Authenticated;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    StaffService staff;

    /** The signed-in member of staff; the first call links the account to a staff record. */
    @GET
    public StaffView me() {
        return currentStaff.view();
    }

    /** The emails the signed-in member of staff chose to get. */
    @GET
    @Path("notices")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public NoticeChoice notices() {
        return staff.notices();
    }

    /** Chooses the emails to get: the whole set. */
    @PUT
    @Path("notices")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    public NoticeChoice chooseNotices(@Valid @NotNull NoticeChoice choice) {
        return staff.chooseNotices(choice);
    }
}
