package io.waymark.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.waymark.common.Params;
import io.waymark.security.Roles;
import io.waymark.web.Forms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** "Your emails": what a member of staff chooses to be emailed by Waymark. */
@Path("/app/emails")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class EmailsPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance emails(StaffView me, List<StaffNotice> notices, NoticeChoice chosen,
                Map<String, String> errors);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    StaffService staff;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public TemplateInstance emails() {
        return Templates.emails(currentStaff.view(), Arrays.asList(StaffNotice.values()), staff.notices(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public RestResponse<TemplateInstance> choose(@RestForm List<String> notices) {
        return Forms.act(() -> staff.chooseNotices(new NoticeChoice(Params.enumValues(StaffNotice.class, "notices",
                        notices))), "/app/emails", "Saved: the emails you get", Map.of("notices", "Emails"),
                errors -> Templates.emails(currentStaff.view(), Arrays.asList(StaffNotice.values()), staff.notices(),
                        errors));
    }
}
