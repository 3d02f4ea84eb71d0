package io.waymark.assessment;

import io.quarkus.security.Authenticated;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/clients/{clientId}/bookings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClientBookingsResource {

    @Inject
    BookingService bookings;

    @Inject
    AssessmentMapper mapper;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<BookingView> list(@PathParam("clientId") UUID clientId) {
        return bookings.forClient(clientId).stream().map(mapper::toView).toList();
    }
}
