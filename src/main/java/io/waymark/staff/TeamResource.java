package io.waymark.staff;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/teams")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamService teams;

    @Inject
    TeamMapper mapper;

    @Inject
    StaffMapper staffMapper;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<TeamView> list() {
        return teams.list().stream().map(mapper::toView).toList();
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.CREATE_TEAM)
    public TeamView create(@Valid @NotNull TeamRequest request) {
        return mapper.toView(teams.create(request));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public TeamView get(@PathParam("id") UUID id) {
        return mapper.toView(teams.get(id));
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<StaffMember> members(@PathParam("id") UUID id) {
        return teams.members(id).stream().map(staffMapper::toMember).toList();
    }

    /** Puts a member of staff in this team (out of any other) as a worker or team lead. */
    @PUT
    @Path("{id}/members/{staffId}")
    @PermissionsAllowed(Act.PLACE_IN_TEAM)
    public StaffMember join(@PathParam("id") UUID id, @PathParam("staffId") UUID staffId,
            @Valid @NotNull MembershipRequest request) {
        return staffMapper.toMember(teams.join(id, staffId, request.role()));
    }

    @DELETE
    @Path("{id}/members/{staffId}")
    @ResponseStatus(204)
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    public void leave(@PathParam("id") UUID id, @PathParam("staffId") UUID staffId) {
        teams.leave(id, staffId);
    }
}
