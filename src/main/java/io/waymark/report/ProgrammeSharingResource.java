package io.waymark.report;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.lists.Programme;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The programmes whose figures an administrator shares with their national leads (national commissioners). */
@Path("/api/v1/national-sharing")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeSharingResource {

    @Inject
    ProgrammeSharingService sharing;

    @GET
    public List<Programme> list() {
        return sharing.sharedByCurrent();
    }

    @PUT
    @Path("{programme}")
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public List<Programme> share(@PathParam("programme") String programme) {
        sharing.share(programme);
        return sharing.sharedByCurrent();
    }

    @DELETE
    @Path("{programme}")
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public void stop(@PathParam("programme") String programme) {
        sharing.stop(programme);
    }
}
