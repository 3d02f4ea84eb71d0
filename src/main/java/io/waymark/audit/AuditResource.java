package io.waymark.audit;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Spreadsheet;
import io.waymark.common.Params;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail, for administrators: read-only; nothing in the application changes or deletes it. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AuditMapper mapper;

    @Inject
    AuditReading reading;

    /** Newest first; by client, by user (their username) and by days (from and to, both included, UK dates). */
    @GET
    @Transactional
    @PermissionsAllowed(Act.READ_AUDIT_TRAIL)
    public List<AuditEventView> search(@QueryParam("clientId") String clientId, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AuditTrail.Days days = AuditTrail.Days.of(from, to);
        return trail.search(Params.uuid("clientId", clientId), actor, days.from(), days.until(), page, size).stream()
                .map(mapper::toView).toList();
    }

    /** The entries the same search finds, all of them, as a CSV or Excel file ({@code format}); in the trail too. */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.READ_AUDIT_TRAIL)
    public jakarta.ws.rs.core.Response export(@QueryParam("format") String format,
            @QueryParam("clientId") String clientId, @QueryParam("actor") String actor, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Spreadsheet.Format as = Spreadsheet.Format.of("format", format);
        return Spreadsheet.download(as, "waymark-audit-trail", AuditReading.COLUMNS, reading.entries(
                trail.export(Params.uuid("clientId", clientId), actor, AuditTrail.Days.of(from, to), as.extension)));
    }
}
