package io.waymark.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.common.CsvDownload;
import io.waymark.common.DomainException;
import io.waymark.common.Spreadsheet;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.outcome.OutcomeDefinitionView;
import io.waymark.security.Act;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The commissioner's pages: the services their funder funds, and each one's aggregate report and return. */
@Path("/app/funded-services")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class FundedServicePagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance funded(StaffView me, List<FundedService> services, OutcomeReport report,
                List<Chart> charts, String quarter, ReportQuery query, List<OutcomeDefinitionView> definitions,
                Map<String, String> errors);
    }

    @Inject
    FunderService funders;

    @Inject
    ReportService reports;

    @Inject
    SecurityIdentity identity;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    Clock clock;

    @GET
    @PermissionsAllowed(Act.VIEW_FUNDED_SERVICES)
    public TemplateInstance services() {
        return Templates.funded(me(), funders.servicesOfCurrentFunder(), null, List.of(), null, new ReportQuery(),
                List.of(), Map.of());
    }

    /** A service's report for a quarter (the current one when none is given). */
    @GET
    @Path("{service}")
    @PermissionsAllowed(Act.VIEW_FUNDED_SERVICES)
    public RestResponse<TemplateInstance> report(@PathParam("service") String service, @BeanParam ReportQuery query) {
        List<FundedService> services = funders.servicesOfCurrentFunder();
        if (!query.hasPeriod()) {
            query.quarter = ReportPeriod.quarterContaining(LocalDate.now(clock)).label();
        }
        try {
            OutcomeReport report = reports.fundedService(service, query.period(), query.filter(), query.definition());
            return RestResponse.ok(Templates.funded(me(), services, report, Chart.of(report),
                    ReportPeriod.quarterContaining(report.to()).label(), query, definitions.all(), Map.of()));
        } catch (DomainException refused) {
            return Forms.refused(refused, Templates.funded(me(), services, null, List.of(), null, query, List.of(),
                    Forms.errors(refused, ReportPagesResource.FILTER_LABELS)));
        }
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

    /** Who is signed in, for the layout: the commissioner and their funder (they are not staff of a service). */
    private StaffView me() {
        Funder funder = funders.currentFunder();
        return NationalPagesResource.reader(identity, funder.code, funder.name);
    }
}
