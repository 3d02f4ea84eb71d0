package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.waymark.client.Programme;
import io.waymark.common.CsvDownload;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.report.FunderRequest;
import io.waymark.report.FunderService;
import io.waymark.report.OutcomeReport;
import io.waymark.report.ReportMapper;
import io.waymark.report.ReportPeriod;
import io.waymark.report.ReportQuery;
import io.waymark.report.ReportService;
import io.waymark.report.ServiceCostRequest;
import io.waymark.report.ServiceCostService;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffMapper;
import io.waymark.staff.StaffService;
import io.waymark.staff.StaffView;
import io.waymark.team.TeamMapper;
import io.waymark.team.TeamService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The reports page of team leads and managers (administrators): the outcome report with its charts for any period
 * and filter, the quarterly return, and, for administrators, the service's costs and the funders who see its figures.
 */
@Path("/app/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
public class ReportPagesResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReportService reports;

    @Inject
    ServiceCostService costs;

    @Inject
    FunderService funders;

    @Inject
    ReportMapper reportMapper;

    @Inject
    TeamService teams;

    @Inject
    TeamMapper teamMapper;

    @Inject
    StaffService staff;

    @Inject
    StaffMapper staffMapper;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    Clock clock;

    /** The report; with no period given, the current quarter so far. */
    @GET
    public RestResponse<TemplateInstance> reports(@BeanParam ReportQuery query, @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        String csrf = CsrfGuard.tokenFor(csrfCookie);
        if (!query.hasPeriod()) {
            query.quarter = ReportPeriod.quarterContaining(LocalDate.now(clock)).label();
        }
        RestResponse.Status status = RestResponse.Status.OK;
        OutcomeReport report = null;
        Map<String, String> errors = Map.of();
        try {
            report = reports.ownService(query.period(), query.filter(), query.definition());
        } catch (DomainException refused) {
            status = RestResponse.Status.fromStatusCode(refused.status());
            errors = Forms.errors(refused);
        }
        return RestResponse.ResponseBuilder.create(status, page(query, report, errors, csrf))
                .cookie(CsrfGuard.cookie(csrf)).build();
    }

    @GET
    @Path("quarterly-return")
    @Produces(CsvDownload.MEDIA_TYPE)
    public RestResponse<String> quarterlyReturn(@RestQuery String quarter) {
        ReportPeriod period = ReportPeriod.parseQuarter("quarter", quarter);
        return CsvDownload.of(reports.ownQuarterlyReturn(period), ReportService.returnFileName(null, period));
    }

    @POST
    @Path("costs")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> enterCost(@RestForm String fundingStream, @RestForm String periodFrom,
            @RestForm String periodTo, @RestForm String amount, @RestForm String note,
            @RestForm(CsrfGuard.FIELD) String csrf, @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> {
            ServiceCostRequest request = new ServiceCostRequest(Params.enumValue(Programme.class, "fundingStream", fundingStream),
                    Params.date("periodFrom", periodFrom), Params.date("periodTo", periodTo),
                    Forms.decimal("amount", amount), note);
            Forms.validate(request);
            costs.record(request);
        });
    }

    @POST
    @Path("costs/{id}/removal")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> removeCost(@PathParam("id") UUID id, @RestForm(CsrfGuard.FIELD) String csrf,
            @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> costs.delete(id));
    }

    @POST
    @Path("funders")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> nameFunder(@RestForm String code, @RestForm String name,
            @RestForm(CsrfGuard.FIELD) String csrf, @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> {
            FunderRequest request = new FunderRequest(name);
            Forms.validate(request);
            funders.name(code == null ? "" : code.strip(), request);
        });
    }

    @POST
    @Path("funders/{code}/removal")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> removeFunder(@PathParam("code") String code,
            @RestForm(CsrfGuard.FIELD) String csrf, @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> funders.remove(code));
    }

    private RestResponse<TemplateInstance> act(String csrf, Runnable change) {
        return Forms.act(change, "/app/reports", errors -> currentQuarterPage(errors, csrf));
    }

    private TemplateInstance currentQuarterPage(Map<String, String> errors, String csrf) {
        ReportQuery query = new ReportQuery();
        query.quarter = ReportPeriod.quarterContaining(LocalDate.now(clock)).label();
        return page(query, reports.ownService(query.period(), query.filter(), null), errors, csrf);
    }

    private TemplateInstance page(ReportQuery query, OutcomeReport report, Map<String, String> errors, String csrf) {
        StaffView me = currentStaff.view();
        boolean admin = me.roles().contains(Roles.ADMIN);
        return WebPages.reports(me, query, report, report == null ? List.of() : Chart.of(report),
                report == null ? null : ReportPeriod.quarterContaining(report.to()).label(), definitions.all(),
                teams.list().stream().map(teamMapper::toView).toList(),
                staff.list().stream().map(staffMapper::toMember).toList(),
                admin ? costs.list().stream().map(reportMapper::toView).toList() : List.of(),
                admin ? funders.fundersOfCurrent().stream().map(reportMapper::toView).toList() : List.of(),
                errors, csrf);
    }
}
