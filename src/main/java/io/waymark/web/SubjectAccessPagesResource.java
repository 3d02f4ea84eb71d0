package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.audit.SubjectAccess;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The subject access export as a readable page, to print or save for the person who asked. */
@Path("/app/clients/{id}/subject-access")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SubjectAccessPagesResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SubjectAccess subjectAccess;

    @GET
    @PermissionsAllowed(Act.EXPORT_SUBJECT_ACCESS)
    public TemplateInstance export(@PathParam("id") UUID id) {
        return WebPages.subjectAccess(currentStaff.view(), subjectAccess.export(id));
    }
}
