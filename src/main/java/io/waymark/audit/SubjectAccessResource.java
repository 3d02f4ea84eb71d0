package io.waymark.audit;

import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A subject access request answered in one call: everything held about the client, as JSON (admins). */
@Path("/api/v1/clients/{id}/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SubjectAccessResource {

    @Inject
    SubjectAccess subjectAccess;

    @GET
    public SubjectAccessExport export(@PathParam("id") UUID id) {
        return subjectAccess.export(id);
    }
}
