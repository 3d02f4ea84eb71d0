package io.waymark.pathway;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/v1/clients/{clientId}/stage-moves")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PathwayResource {

    @Inject
    PathwayService pathway;

    @Inject
    StageMoveMapper mapper;

    /** The client's pathway so far, oldest move first. */
    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<StageMoveView> history(@PathParam("clientId") UUID clientId) {
        return pathway.history(clientId).stream().map(mapper::toView).toList();
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.MOVE_STAGE)
    public StageMoveView move(@PathParam("clientId") UUID clientId, @Valid @NotNull StageMoveRequest request) {
        return mapper.toView(pathway.move(clientId, request));
    }
}
