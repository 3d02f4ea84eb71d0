package io.waymark.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.ClientService;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The administrator's view of the audit trail: who read or changed what, and when, by client, user and days. */
@Path("/app/audit")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AuditPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(StaffView me, List<AuditReading.Entry> entries, Map<String, String> values,
                Map<String, String> errors);
    }

    private static final int PAGE_SIZE = 200;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AuditTrail trail;

    @Inject
    AuditReading reading;

    @Inject
    ClientService clients;

    /**
     * The same search, all of it, as a CSV or Excel file (the links below the entries); in each client's trail too.
     * Refused filters come back on the page, named.
     */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.READ_AUDIT_TRAIL)
    public jakarta.ws.rs.core.Response export(@RestQuery String format, @RestQuery String reference,
            @RestQuery String actor, @RestQuery String from, @RestQuery String to) {
        try {
            Spreadsheet.Format as = Spreadsheet.Format.of("format", format);
            UUID client = reference == null || reference.isBlank() ? null
                    : clients.byReference("reference", reference.strip()).id;
            return Spreadsheet.download(as, "waymark-audit-trail", AuditReading.COLUMNS, reading.entries(
                    trail.export(client, actor, AuditTrail.Days.of(from, to), as.extension)));
        } catch (DomainException refused) {
            return search(reference, null, actor, from, to).toResponse();
        }
    }

    /** By the client's reference (or, from a client's page, their id), the user, and the days. */
    @GET
    @Transactional
    @PermissionsAllowed(Act.READ_AUDIT_TRAIL)
    public RestResponse<TemplateInstance> search(@RestQuery String reference, @RestQuery String clientId,
            @RestQuery String actor, @RestQuery String from, @RestQuery String to) {
        Map<String, String> values = new HashMap<>(Map.of("reference", Forms.typed(reference), "actor", Forms.typed(actor),
                "from", Forms.typed(from), "to", Forms.typed(to)));
        try {
            UUID client = Params.uuid("clientId", clientId);
            if (reference != null && !reference.isBlank()) {
                client = clients.byReference("reference", reference.strip()).id;
            } else if (client != null) {
                values.put("reference", clients.get(client).reference);
            }
            AuditTrail.Days days = AuditTrail.Days.of(from, to);
            return RestResponse.ok(Templates.audit(currentStaff.view(), reading.entries(trail.search(client, actor,
                    days.from(), days.until(), 0, PAGE_SIZE)), values, Map.of()));
        } catch (DomainException refused) {
            return Forms.refused(refused, Templates.audit(currentStaff.view(), List.of(), values,
                    Forms.errors(refused, Map.of("reference", "Client's reference", "clientId", "Client",
                            "actor", "Who", "from", "From", "to", "To"))));
        }
    }
}
