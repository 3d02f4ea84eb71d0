package io.waymark.caseload;

import io.quarkus.security.Authenticated;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/teams/{teamId}/waiting-list")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WaitingListResource {

    @Inject
    CaseloadService caseloads;

    @Inject
    CaseloadMapper mapper;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<WaitingClient> list(@PathParam("teamId") UUID teamId) {
        return caseloads.waitingList(teamId);
    }

    /** Puts an unassigned client on this team's list and answers the list as it now stands. */
    @POST
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.ADMIN})
    public List<WaitingClient> add(@PathParam("teamId") UUID teamId, @Valid @NotNull WaitingListRequest request) {
        caseloads.placeOnWaitingList(teamId, request);
        return caseloads.waitingList(teamId);
    }

    /** The worker with the most free places, who would get the next client. */
    @GET
    @Path("suggested-worker")
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    public WorkerCaseload suggestedWorker(@PathParam("teamId") UUID teamId) {
        return caseloads.suggestWorker(teamId);
    }

    @POST
    @Path("next")
    @ResponseStatus(201)
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    @Transactional // the answer names the previous worker, read in the same unit of work
    public AssignmentView assignNext(@PathParam("teamId") UUID teamId, NextClientRequest request) {
        return mapper.toView(caseloads.assignNext(teamId, request == null ? null : request.workerId()));
    }
}
