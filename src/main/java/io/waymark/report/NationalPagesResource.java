package io.waymark.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.common.CsvDownload;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.lists.Programme;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.outcome.OutcomeDefinitionView;
import io.waymark.security.Act;
import io.waymark.security.Can;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The national commissioner's page: their programme across the providers sharing it, a quarter at a time. */
@Path("/app/national")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NationalPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance national(StaffView me, OutcomeReport report, List<Chart> charts, String quarter,
                String definition, List<OutcomeDefinitionView> definitions, Map<String, String> errors);
    }

    @Inject
    ReportService reports;

    @Inject
    SecurityIdentity identity;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    Clock clock;

    /** The report for a quarter, the current one when none is given. */
    @GET
    @PermissionsAllowed(Act.VIEW_NATIONAL_REPORT)
    public RestResponse<TemplateInstance> report(@RestQuery String quarter, @RestQuery String definition) {
        StaffView me = me(reports.nationalProgramme());
        String shown = quarter == null ? ReportPeriod.quarterContaining(LocalDate.now(clock)).label() : quarter;
        try {
            OutcomeReport report = reports.national(ReportPeriod.parseQuarter("quarter", shown),
                    Params.uuid("definition", definition));
            return RestResponse.ok(Templates.national(me, report, Chart.of(report),
                    ReportPeriod.quarterContaining(report.to()).label(), definition, definitions.all(), Map.of()));
        } catch (DomainException refused) {
            return Forms.refused(refused, Templates.national(me, null, List.of(), shown, definition, definitions.all(),
                    Forms.errors(refused, ReportPagesResource.FILTER_LABELS)));
        }
    }

    @GET
    @Path("quarterly-return")
    @Produces({CsvDownload.MEDIA_TYPE, Spreadsheet.XLSX})
    @PermissionsAllowed(Act.VIEW_NATIONAL_REPORT)
    public Response quarterlyReturn(@RestQuery String quarter, @RestQuery String format) {
        ReportPeriod period = ReportPeriod.parseQuarter("quarter", quarter);
        return QuarterlyReturn.download(reports.national(period, null), format, reports.nationalReturnFileName(period));
    }

    /** Who is signed in, for the layout: the national commissioner and their programme (they are nobody's staff). */
    private StaffView me(Programme programme) {
        return reader(identity, programme.name(), programme.label());
    }

    /** A commissioner, of a funder or a programme, as the layout shows them: from their token, in place of staff. */
    static StaffView reader(SecurityIdentity identity, String code, String name) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        String username = token.getClaim("preferred_username") != null ? token.getClaim("preferred_username") : token.getSubject();
        String displayName = token.getClaim("name") != null ? token.getClaim("name") : username;
        return new StaffView(null, username, displayName, null, code, name, new TreeSet<>(identity.getRoles()),
                Can.of(identity.getRoles()));
    }
}
