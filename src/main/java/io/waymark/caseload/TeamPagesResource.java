package io.waymark.caseload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The team lead's page: caseload ratios at a glance and the waiting list, with assignment from it; after the team's
 * own waiting clients come the open clients no team holds yet, so that nobody is orphaned.
 */
@Path("/app/team")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TeamPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance team(StaffView me, TeamCaseload team, List<WaitingClient> waiting,
                UUID suggestedWorker, UUID refusedClient, String refusal, Map<String, String> errors);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CaseloadRatios ratios;

    @Inject
    CaseloadService caseloads;

    @GET
    @Transactional
    @PermissionsAllowed(Act.VIEW_TEAM)
    public RestResponse<TemplateInstance> team() {
        return RestResponse.ResponseBuilder.ok(page(null, null)).build();
    }

    /** Assigns a waiting client; a refusal (over the limit) is shown on the page with its reason. */
    @POST
    @Path("waiting-list/{clientId}/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ASSIGN_CLIENT)
    public RestResponse<TemplateInstance> assign(@PathParam("clientId") UUID clientId, @RestForm String workerId) {
        try {
            caseloads.assign(clientId, Forms.chosen("workerId", workerId, "choose a worker"), "Assigned from the waiting list");
            return Forms.saved("/app/team", "Client assigned");
        } catch (DomainException refused) {
            return Forms.refused(refused, page(clientId, Forms.plain(refused.getMessage())));
        }
    }

    private TemplateInstance page(UUID refusedClient, String refusal) {
        Staff me = currentStaff.get();
        if (me.team == null) {
            return Templates.team(currentStaff.view(), null, List.of(), null, refusedClient, refusal,
                    refusal == null ? Map.of() : Map.of("form", refusal));
        }
        TeamCaseload team = ratios.team(me.team.id);
        List<WaitingClient> waiting = new ArrayList<>(caseloads.waitingList(me.team.id));
        waiting.addAll(caseloads.unplaced(waiting.size()));
        UUID suggested = caseloads.suggestWorker(team).map(WorkerCaseload::staffId).orElse(null);
        // The summary at the top leads to the worker list of the refused client's row, where the reason stands too.
        return Templates.team(currentStaff.view(), team, waiting, suggested, refusedClient, refusal,
                refusal == null ? Map.of() : Map.of("worker-" + refusedClient, refusal));
    }
}
