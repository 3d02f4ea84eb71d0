package io.waymark.staff;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentStaff currentStaff;

    /** The signed-in member of staff; the first call links the account to a staff record. */
    @GET
    public StaffView me() {
        return currentStaff.view();
    }
}
