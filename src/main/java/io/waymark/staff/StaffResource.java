package io.waymark.staff;

import io.quarkus.security.Authenticated;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/v1/staff")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    StaffMapper mapper;

    /** Everyone in the organisation who has signed in at least once (or was registered ahead). */
    @GET
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    public List<StaffMember> list() {
        return staff.list().stream().map(mapper::toMember).toList();
    }
}
