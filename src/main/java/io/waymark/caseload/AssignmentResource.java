package io.waymark.caseload;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
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

@Path("/api/v1/clients/{clientId}/assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Inject
    CaseloadService caseloads;

    @Inject
    CaseloadMapper mapper;

    /** Who has held the case, oldest change first. */
    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<AssignmentView> history(@PathParam("clientId") UUID clientId) {
        return caseloads.history(clientId).stream().map(mapper::toView).toList();
    }

    /** Assign or transfer the case; refused with 409 when it would take the worker over their limit. */
    @POST
    @ResponseStatus(201)
    @Transactional // the answer names the previous worker, read in the same unit of work
    @PermissionsAllowed(Act.ASSIGN_CLIENT)
    public AssignmentView change(@PathParam("clientId") UUID clientId, @Valid @NotNull AssignmentRequest request) {
        return mapper.toView(caseloads.change(clientId, request));
    }
}
