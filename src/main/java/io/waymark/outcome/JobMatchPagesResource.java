package io.waymark.outcome;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.Client;
import io.waymark.client.ClientService;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.employer.EmployerService;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Job matching in the browser: a worker's board of their clients' matches by status, proposing a client for an
 * opportunity (from here, an employer's page or the client's page), and moving a match along its pipeline. An
 * accepted offer leads to the job's form, filled in from the opportunity.
 */
@Path("/app/job-matches")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class JobMatchPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(StaffView me, List<Column> columns, List<JobFile.Choice> opportunities,
                Map<String, String> errors, Map<String, String> values);
    }

    /** A column of the board: the matches at one step of the pipeline. */
    public record Column(JobMatchStatus status, List<Card> matches) {
    }

    /** A match on the board, with the steps it may take next. */
    public record Card(UUID id, UUID clientId, String clientName, String clientReference, String employerName,
            String opportunityTitle, JobMatchStatus status, java.time.LocalDate statusOn, List<JobMatchStatus> next) {
    }

    private static final Map<String, String> LABELS = Map.of("reference", "Client's reference",
            "opportunityId", "Opportunity", "status", "Move to", "on", "On", "note", "Note");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    JobMatchService matches;

    @Inject
    ClientService clients;

    @Inject
    EmployerService employers;

    @GET
    @Transactional
    @PermissionsAllowed(Act.MATCH_JOBS)
    public TemplateInstance board() {
        return page(Map.of(), Map.of());
    }

    /** Proposes the client (by reference) for an open opportunity; from a client's page, goes back there. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MATCH_JOBS)
    public RestResponse<TemplateInstance> propose(@RestForm String reference, @RestForm String opportunityId,
            @RestForm String note, @RestForm String fromClient) {
        Map<String, String> values = Map.of("reference", Forms.typed(reference), "opportunityId", Forms.typed(opportunityId),
                "note", Forms.typed(note));
        try {
            if (reference == null || reference.isBlank()) {
                throw new InvalidInput("reference", "give the client's reference, like CW-000010");
            }
            Client client = clients.byReference("reference", reference.strip());
            JobMatchRequest request = new JobMatchRequest(
                    Forms.chosen("opportunityId", opportunityId, "choose an opportunity"), null, note);
            Forms.validate(request);
            JobMatch match = matches.get(client.id, matches.propose(client.id, request).id);
            String saved = client.firstName + " " + client.lastName + " proposed for " + match.opportunity.title
                    + " at " + match.employer.name;
            return Forms.saved(fromClient != null && !fromClient.isBlank() ? "/app/clients/" + client.id
                    : "/app/job-matches", saved);
        } catch (DomainException refused) {
            return Forms.refused(refused, page(Forms.errors(refused, LABELS), values));
        }
    }

    /** The match's next step: applied, interview, offered, accepted, declined or withdrawn, on a date. */
    @POST
    @Path("{clientId}/{matchId}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MATCH_JOBS)
    public RestResponse<TemplateInstance> advance(@PathParam("clientId") UUID clientId,
            @PathParam("matchId") UUID matchId, @RestForm String status, @RestForm String on, @RestForm String note) {
        String field = "status-" + matchId;
        Map<String, String> values = Map.of(field, Forms.typed(status), "on-" + matchId, Forms.typed(on), "note-" + matchId, Forms.typed(note));
        try {
            JobMatchStatus next = Params.enumValue(JobMatchStatus.class, field, status);
            if (next == null) {
                throw new InvalidInput(field, "choose the next step");
            }
            JobMatchStepRequest request = new JobMatchStepRequest(next, Params.date(field, on), note);
            Forms.validate(request, Map.of("status", field, "on", field, "note", field));
            Forms.at(field, () -> matches.advance(clientId, matchId, request));
            return Forms.saved(next == JobMatchStatus.ACCEPTED
                    ? "/app/clients/" + clientId + "?fromMatch=" + matchId + "#record-job" : "/app/job-matches",
                    next == JobMatchStatus.ACCEPTED ? "Offer accepted: record the job below, filled in from the opportunity"
                            : "Match moved to " + next.name().toLowerCase().replace('_', ' '));
        } catch (DomainException refused) {
            return Forms.refused(refused, page(Forms.errors(refused, Map.of(field, "Move to")), values));
        }
    }

    private TemplateInstance page(Map<String, String> errors, Map<String, String> values) {
        List<JobMatch> all = matches.board(currentStaff.get());
        List<Column> columns = Arrays.stream(JobMatchStatus.values()).map(status -> new Column(status, all.stream()
                .filter(m -> m.status == status)
                .map(m -> new Card(m.id, m.client.id, m.client.firstName + " " + m.client.lastName, m.client.reference,
                        m.employer.name, m.opportunity == null ? null : m.opportunity.title, m.status, m.statusOn,
                        Arrays.stream(JobMatchStatus.values()).filter(m.status::canMoveTo).toList()))
                .toList())).toList();
        List<JobFile.Choice> opportunities = employers.openOpportunities().stream()
                .map(o -> new JobFile.Choice(o.id.toString(), o.title + ", " + o.employer.name)).toList();
        return Templates.board(currentStaff.view(), columns, opportunities, errors, values);
    }
}
