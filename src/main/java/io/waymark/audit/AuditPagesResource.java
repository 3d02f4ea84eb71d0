package io.waymark.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Clocks;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The administrator's view of the audit trail: who read or changed what, and when, by client, user and days. */
@Path("/app/audit")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AuditPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(StaffView me, List<AuditEventView> events, Map<String, String> values,
                Map<String, String> errors);
    }

    private static final int PAGE_SIZE = 200;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    AuditTrail trail;

    @Inject
    AuditMapper mapper;

    @GET
    @Transactional
    @PermissionsAllowed(Act.READ_AUDIT_TRAIL)
    public RestResponse<TemplateInstance> search(@RestQuery String clientId, @RestQuery String actor,
            @RestQuery String from, @RestQuery String to) {
        Map<String, String> values = Map.of("clientId", clientId == null ? "" : clientId,
                "actor", actor == null ? "" : actor, "from", from == null ? "" : from, "to", to == null ? "" : to);
        try {
            LocalDate first = Params.date("from", from);
            LocalDate last = Params.date("to", to);
            return RestResponse.ok(Templates.audit(currentStaff.view(), trail.search(Params.uuid("clientId", clientId), actor,
                    first == null ? null : first.atStartOfDay(Clocks.UK).toOffsetDateTime(),
                    last == null ? null : last.plusDays(1).atStartOfDay(Clocks.UK).toOffsetDateTime(), 0, PAGE_SIZE)
                    .stream().map(mapper::toView).toList(), values, Map.of()));
        } catch (DomainException refused) {
            return Forms.refused(refused, Templates.audit(currentStaff.view(), List.of(), values,
                    Forms.errors(refused, Map.of("clientId", "Client", "actor", "Who", "from", "From", "to", "To"))));
        }
    }
}
