package io.waymark.report;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.CsvDownload;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

/** The service's own reports, for team leads and managers (administrators). */
@Path("/api/v1/reports")
@Authenticated
public class ReportResource {

    @Inject
    ReportService reports;

    /** The outcome report for a quarter (quarter=2025-Q3) or dates (from, to), with any filters. */
    @GET
    @Path("outcomes")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Act.VIEW_REPORTS)
    public OutcomeReport outcomes(@BeanParam ReportQuery query) {
        return reports.ownService(query.period(), query.filter(), query.definition());
    }

    /** The quarterly return as CSV, or with {@code format=xlsx} as an Excel workbook (columns in docs/measures.md). */
    @GET
    @Path("quarterly-return")
    @Produces({CsvDownload.MEDIA_TYPE, Spreadsheet.XLSX})
    @PermissionsAllowed(Act.VIEW_REPORTS)
    public Response quarterlyReturn(@RestQuery String quarter, @RestQuery String format) {
        ReportPeriod period = ReportPeriod.parseQuarter("quarter", quarter);
        return QuarterlyReturn.download(reports.ownService(period, ReportFilter.EVERYONE, null), format,
                ReportService.returnFileName(null, period));
    }
}
