package io.waymark.audit;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Clocks;
import io.waymark.common.InvalidInput;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    /** Newest first; by client, by user (their username) and by days (from and to, both included, UK dates). */
    @GET
    @Transactional
    @PermissionsAllowed(Act.READ_AUDIT_TRAIL)
    public List<AuditEventView> search(@QueryParam("clientId") String clientId, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LocalDate first = Params.date("from", from);
        LocalDate last = Params.date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidInput("to", "cannot be before from (" + first + ")");
        }
        return trail.search(Params.uuid("clientId", clientId), actor, startOf(first), last == null ? null : startOf(last.plusDays(1)),
                page, size).stream().map(mapper::toView).toList();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Clocks.UK).toOffsetDateTime();
    }
}
