package io.waymark.today;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.Stage;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.outcome.OutcomeService;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** "Today": the worker's caseload, the contacts they planned, and the checks and reviews due. */
@Path("/app/today")
@Produces(MediaType.TEXT_HTML)
public class TodayPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance today(StaffView me, Today today);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    TodayQuery days;

    @Inject
    CaseloadExport caseloadExport;

    @Inject
    OutcomeService outcomes;

    @GET
    @Transactional
    @PermissionsAllowed(Act.KEEP_CASELOAD)
    public TemplateInstance today(@QueryParam("stage") String stage) {
        StaffView me = currentStaff.view();
        return Templates.today(me, days.of(me, Params.enumValue(Stage.class, "stage", stage)));
    }

    /** "My caseload" as a CSV or Excel file, with the stage filter the page has. */
    @GET
    @Path("caseload/export")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.KEEP_CASELOAD)
    public Response exportCaseload(@QueryParam("format") String format, @QueryParam("stage") String stage) {
        Stage only = Params.enumValue(Stage.class, "stage", stage);
        return Spreadsheet.download(format, as -> caseloadExport.of(currentStaff.view(), only, as));
    }

    /** The sustainment checks due, as the page lists them, as a CSV or Excel file. */
    @GET
    @Path("follow-ups/export")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.KEEP_CASELOAD)
    public Response exportFollowUps(@QueryParam("format") String format) {
        return Spreadsheet.download(format, as -> outcomes.exportDue(currentStaff.get(), as));
    }
}
