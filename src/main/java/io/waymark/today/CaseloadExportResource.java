package io.waymark.today;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.Stage;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The signed-in worker's caseload as a CSV or Excel file ({@code format}), filtered by {@code stage} as "My caseload"
 * is. A class of its own beside the caseload API, as the rows are the worker's day's, which the caseload feature is
 * below.
 */
@Path("/api/v1/caseloads/mine/export")
@Authenticated
public class CaseloadExportResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CaseloadExport export;

    @GET
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.KEEP_CASELOAD)
    public Response export(@QueryParam("format") String format, @QueryParam("stage") String stage) {
        Stage only = Params.enumValue(Stage.class, "stage", stage);
        return Spreadsheet.download(format, as -> export.of(currentStaff.view(), only, as));
    }
}
