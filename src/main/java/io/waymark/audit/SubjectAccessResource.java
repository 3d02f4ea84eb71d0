package io.waymark.audit;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.StreamedBody;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** A subject access request answered in one call: everything held about the client, as JSON (admins). */
@Path("/api/v1/clients/{id}/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SubjectAccessResource {

    @Inject
    SubjectAccess subjectAccess;

    @GET
    @PermissionsAllowed(Act.EXPORT_SUBJECT_ACCESS)
    public SubjectAccessExport export(@PathParam("id") UUID id) {
        return subjectAccess.export(id);
    }

    /** The same, with every file of every document, as a zip ({@code Accept: application/zip}). */
    @GET
    @Produces("application/zip")
    @PermissionsAllowed(Act.EXPORT_SUBJECT_ACCESS)
    public RestResponse<StreamedBody> zip(@PathParam("id") UUID id) {
        return SubjectAccess.download(subjectAccess.zip(id), id);
    }
}
