package io.waymark.outcome;

import io.quarkus.security.Authenticated;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/v1/follow-ups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    OutcomeService outcomes;

    @Inject
    CurrentStaff currentStaff;

    /** The signed-in worker's sustainment checks: overdue first, then those due by Sunday. */
    @GET
    @Path("due")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD})
    public List<FollowUpDue> due() {
        return outcomes.dueFor(currentStaff.get());
    }

    /** The same checks as a CSV or Excel file ({@code format}); the download is in each client's audit trail. */
    @GET
    @Path("due/export")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD})
    public Response exportDue(@QueryParam("format") String format) {
        return Spreadsheet.download(format, as -> outcomes.exportDue(currentStaff.get(), as));
    }
}
