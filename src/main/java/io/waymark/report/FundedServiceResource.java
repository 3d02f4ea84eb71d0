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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** What a commissioner sees: the services their funder funds, and their aggregates with small counts suppressed. */
@Path("/api/v1/funded-services")
@Authenticated
public class FundedServiceResource {

    @Inject
    FunderService funders;

    @Inject
    ReportService reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Act.VIEW_FUNDED_SERVICES)
    public List<FundedService> list() {
        return funders.servicesOfCurrentFunder();
    }

    @GET
    @Path("{service}/outcomes")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Act.VIEW_FUNDED_SERVICES)
    public OutcomeReport outcomes(@PathParam("service") String service, @BeanParam ReportQuery query) {
        return reports.fundedService(service, query.period(), query.filter(), query.definition());
    }

    @GET
    @Path("{service}/quarterly-return")
    @Produces({CsvDownload.MEDIA_TYPE, Spreadsheet.XLSX})
    @PermissionsAllowed(Act.VIEW_FUNDED_SERVICES)
    public Response quarterlyReturn(@PathParam("service") String service, @RestQuery String quarter,
            @RestQuery String format) {
        ReportPeriod period = ReportPeriod.parseQuarter("quarter", quarter);
        return QuarterlyReturn.download(reports.fundedService(service, period, ReportFilter.EVERYONE, null), format,
                ReportService.returnFileName(service, period));
    }
}
