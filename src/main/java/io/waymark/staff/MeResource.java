package io.waymark.staff;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.organisation.Organisation;
import io.waymark.organisation.OrganisationService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityIdentity identity;

    /** The signed-in member of staff; the first call links the account to a staff record. */
    @GET
    public StaffView me() {
        Staff staff = currentStaff.get();
        Organisation organisation = organisations.current();
        return new StaffView(staff.id, staff.username, staff.displayName, staff.email, organisation.code,
                organisation.name, new TreeSet<>(identity.getRoles()));
    }
}
