package io.waymark.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.StreamedBody;
import io.waymark.lists.ListService;
import io.waymark.lists.OrganisationLists;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The subject access export as a readable page, to print or save for the person who asked. */
@Path("/app/clients/{id}/subject-access")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SubjectAccessPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subjectAccess(StaffView me, SubjectAccessExport export, OrganisationLists lists);
    }

    @Inject
    ListService lists;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SubjectAccess subjectAccess;

    @GET
    @PermissionsAllowed(Act.EXPORT_SUBJECT_ACCESS)
    public TemplateInstance export(@PathParam("id") UUID id) {
        return Templates.subjectAccess(currentStaff.view(), subjectAccess.export(id), lists.current());
    }

    @GET
    @Path("zip")
    @Produces("application/zip")
    @PermissionsAllowed(Act.EXPORT_SUBJECT_ACCESS)
    public RestResponse<StreamedBody> zip(@PathParam("id") UUID id) {
        return SubjectAccess.download(subjectAccess.zip(id), id);
    }
}
