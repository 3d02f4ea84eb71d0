package io.waymark.report;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.CsvDownload;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

/** What a national commissioner sees: their programme across the providers sharing it, small counts suppressed. */
@Path("/api/v1/national")
@Authenticated
public class NationalReportResource {

    @Inject
    ReportService reports;

    /** One calendar quarter ({@code 2025-Q3}), jobs counted under every recorded job or a shipped definition. */
    @GET
    @Path("outcomes")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Act.VIEW_NATIONAL_REPORT)
    public OutcomeReport outcomes(@RestQuery String quarter, @RestQuery String definition) {
        return reports.national(ReportPeriod.parseQuarter("quarter", quarter), Params.uuid("definition", definition));
    }

    @GET
    @Path("quarterly-return")
    @Produces({CsvDownload.MEDIA_TYPE, Spreadsheet.XLSX})
    @PermissionsAllowed(Act.VIEW_NATIONAL_REPORT)
    public Response quarterlyReturn(@RestQuery String quarter, @RestQuery String format) {
        ReportPeriod period = ReportPeriod.parseQuarter("quarter", quarter);
        return QuarterlyReturn.download(reports.national(period, null), format, reports.nationalReturnFileName(period));
    }
}
