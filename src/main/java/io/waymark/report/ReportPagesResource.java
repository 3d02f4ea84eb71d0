package io.waymark.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.CsvDownload;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.CustomFieldView;
import io.waymark.customfield.FieldRecord;
import io.waymark.lists.Programme;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.outcome.OutcomeDefinitionView;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffMapper;
import io.waymark.staff.StaffMember;
import io.waymark.staff.StaffService;
import io.waymark.staff.StaffView;
import io.waymark.staff.TeamMapper;
import io.waymark.staff.TeamService;
import io.waymark.staff.TeamView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
@Authenticated
public class ReportPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(StaffView me, ReportQuery query, OutcomeReport report, List<Chart> charts,
                String quarter, List<OutcomeDefinitionView> definitions, List<TeamView> teams, List<StaffMember> workers, List<ServiceCostView> costs,
                List<FunderView> funders, List<ProgrammeSharingService.ProgrammeShare> programmes,
                Map<String, String> errors, Map<String, String> values, List<CustomFieldView> ownFields);
    }

    /** The report filters' fields, shared with the commissioner's report of a funded service. */
    static final Map<String, String> FILTER_LABELS = Map.ofEntries(Map.entry("quarter", "Quarter"),
            Map.entry("from", "From"), Map.entry("to", "To"), Map.entry("teamId", "Team"), Map.entry("workerId", "Worker"),
            Map.entry("programme", "Programme"), Map.entry("localAuthority", "Local authority"),
            Map.entry("clientGroup", "Client group"), Map.entry("supportLevel", "Support level"),
            Map.entry("ageBand", "Age band"), Map.entry("definition", "Outcome definition"),
            Map.entry("field", "Your field"), Map.entry("fieldValue", "Its value"));

    private static final Map<String, String> COST_AND_FUNDER_LABELS = Map.of("fundingStream", "Funding stream",
            "periodFrom", "From", "periodTo", "To", "amount", "Amount (£)", "note", "Note", "funderCode", "Funder code",
            "funderName", "Funder name");

    @Inject
    CustomFieldService fields;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReportService reports;

    @Inject
    ServiceCostService costs;

    @Inject
    FunderService funders;

    @Inject
    ProgrammeSharingService sharing;

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
    @PermissionsAllowed(Act.VIEW_REPORTS)
    public RestResponse<TemplateInstance> reports(@BeanParam ReportQuery query) {
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
            errors = Forms.errors(refused, FILTER_LABELS);
        }
        return RestResponse.ResponseBuilder.create(status, page(query, report, errors, Map.of()))
                .build();
    }

    @GET
    @Path("quarterly-return")
    @Produces({CsvDownload.MEDIA_TYPE, Spreadsheet.XLSX})
    @PermissionsAllowed(Act.VIEW_REPORTS)
    public Response quarterlyReturn(@RestQuery String quarter, @RestQuery String format) {
        ReportPeriod period = ReportPeriod.parseQuarter("quarter", quarter);
        return QuarterlyReturn.download(reports.ownService(period, ReportFilter.EVERYONE, null), format,
                ReportService.returnFileName(null, period));
    }

    @POST
    @Path("costs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_COSTS)
    public RestResponse<TemplateInstance> enterCost(@RestForm String fundingStream, @RestForm String periodFrom,
            @RestForm String periodTo, @RestForm String amount, @RestForm String note) {
        Map<String, String> values = Map.of("fundingStream", Forms.typed(fundingStream), "periodFrom", Forms.typed(periodFrom),
                "periodTo", Forms.typed(periodTo), "amount", Forms.typed(amount), "note", Forms.typed(note));
        return act(values, "Cost of £" + Forms.typed(amount).strip().replaceFirst("^£", "") + " entered", () -> {
            ServiceCostRequest request = new ServiceCostRequest(Params.enumValue(Programme.class, "fundingStream", fundingStream),
                    Params.date("periodFrom", periodFrom), Params.date("periodTo", periodTo),
                    Forms.decimal("amount", amount), note);
            Forms.validate(request);
            costs.record(request);
        });
    }

    @POST
    @Path("costs/{id}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_COSTS)
    public RestResponse<TemplateInstance> removeCost(@PathParam("id") UUID id, @RestForm String confirm) {
        String box = "cost-confirm-" + id;
        return Forms.act(() -> {
            Forms.confirmed(confirm, box, "remove this cost");
            costs.delete(id);
        }, "/app/reports", "Cost removed", Map.of(box, "Remove the cost"), errors -> currentQuarterPage(errors, Map.of()));
    }

    @POST
    @Path("funders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public RestResponse<TemplateInstance> nameFunder(@RestForm String code, @RestForm String name) {
        Map<String, String> values = Map.of("funderCode", Forms.typed(code), "funderName", Forms.typed(name));
        return act(values, "Figures shared with " + Forms.typed(name).strip(), () -> {
            FunderRequest request = new FunderRequest(name);
            Forms.validate(request, Map.of("name", "funderName"));
            funders.name(code == null ? "" : code.strip(), request);
        });
    }

    @POST
    @Path("funders/{code}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public RestResponse<TemplateInstance> removeFunder(@PathParam("code") String code) {
        return act(Map.of(), "Figures no longer shared with " + code, () -> funders.remove(code));
    }

    @POST
    @Path("national-sharing/{programme}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public RestResponse<TemplateInstance> shareNationally(@PathParam("programme") String programme) {
        return act(Map.of(), "Figures of " + ProgrammeSharingService.labelOf(programme) + " shared with its national lead",
                () -> sharing.share(programme));
    }

    @POST
    @Path("national-sharing/{programme}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public RestResponse<TemplateInstance> stopSharingNationally(@PathParam("programme") String programme) {
        return act(Map.of(), "Figures of " + ProgrammeSharingService.labelOf(programme) + " no longer shared with its"
                + " national lead", () -> sharing.stop(programme));
    }

    private RestResponse<TemplateInstance> act(Map<String, String> values, String saved, Runnable change) {
        return Forms.act(change, "/app/reports", saved, COST_AND_FUNDER_LABELS, errors -> currentQuarterPage(errors, values));
    }

    private TemplateInstance currentQuarterPage(Map<String, String> errors, Map<String, String> values) {
        ReportQuery query = new ReportQuery();
        query.quarter = ReportPeriod.quarterContaining(LocalDate.now(clock)).label();
        return page(query, reports.ownService(query.period(), query.filter(), null), errors, values);
    }

    private TemplateInstance page(ReportQuery query, OutcomeReport report, Map<String, String> errors,
            Map<String, String> values) {
        StaffView me = currentStaff.view();
        boolean admin = me.can().manageCosts();
        return Templates.reports(me, query, report, report == null ? List.of() : Chart.of(report),
                report == null ? null : ReportPeriod.quarterContaining(report.to()).label(), definitions.all(),
                teams.list().stream().map(teamMapper::toView).toList(),
                staff.list().stream().map(staffMapper::toMember).toList(),
                admin ? costs.list().stream().map(reportMapper::toView).toList() : List.of(),
                admin ? funders.fundersOfCurrent().stream().map(reportMapper::toView).toList() : List.of(),
                admin ? sharing.sharingOfCurrent() : List.of(), errors, values, fields.asked(FieldRecord.CLIENT));
    }
}
