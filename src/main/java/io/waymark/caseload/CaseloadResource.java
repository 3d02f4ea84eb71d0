package io.waymark.caseload;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import io.waymark.staff.StaffMapper;
import io.waymark.staff.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/api/v1/caseloads")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    @Inject
    CaseloadRatios ratios;

    @Inject
    CaseloadService caseloads;

    @Inject
    StaffMapper staffMapper;

    /** Every team's ratios and the organisation's totals. */
    @GET
    @RolesAllowed(Roles.ADMIN)
    public OrganisationCaseloads organisation() {
        return ratios.organisation();
    }

    /** One team's ratios: each worker against their limit, "1:N", capacity and the waiting list. */
    @GET
    @Path("teams/{teamId}")
    @PermissionsAllowed(Act.VIEW_TEAM)
    public TeamCaseload team(@PathParam("teamId") UUID teamId) {
        return ratios.team(teamId);
    }

    /** The signed-in worker's own caseload. */
    @GET
    @Path("mine")
    @PermissionsAllowed(Act.KEEP_CASELOAD)
    public WorkerCaseload mine() {
        return ratios.signedInWorker();
    }

    @PUT
    @Path("default-limit")
    @PermissionsAllowed(Act.SET_DEFAULT_LIMIT)
    public OrganisationCaseloads setDefaultLimit(@Valid @NotNull CaseloadLimitRequest request) {
        caseloads.setDefaultLimit(request.limit());
        return ratios.organisation();
    }

    /** A worker's own limit; {"limit": null} returns them to the organisation's default. */
    @PUT
    @Path("limits/{staffId}")
    @PermissionsAllowed(Act.SET_WORKER_LIMIT)
    public StaffMember setWorkerLimit(@PathParam("staffId") UUID staffId, @Valid @NotNull CaseloadLimitRequest request) {
        return staffMapper.toMember(caseloads.setWorkerLimit(staffId, request.limit()));
    }
}
