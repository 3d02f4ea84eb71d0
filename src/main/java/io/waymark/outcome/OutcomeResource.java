package io.waymark.outcome;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.waymark.common.Params;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Job outcomes of a client, their correction and removal, hours over time, ending, and sustainment checks. */
@Path("/api/v1/clients/{clientId}/outcomes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    @Inject
    OutcomeService outcomes;

    @Inject
    OutcomeMapper mapper;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<OutcomeView> list(@PathParam("clientId") UUID clientId) {
        return outcomes.list(clientId).stream().map(o -> mapper.toView(o, today())).toList();
    }

    /** The client's jobs as a CSV or Excel file ({@code format}); the download is in their audit trail. */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public Response export(@PathParam("clientId") UUID clientId, @QueryParam("format") String format) {
        return Spreadsheet.download(format, as -> outcomes.export(clientId, as));
    }

    @GET
    @Path("{outcomeId}")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public OutcomeView get(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId) {
        return mapper.toView(outcomes.get(clientId, outcomeId), today());
    }

    /** Which funders' definitions the job meets, and from when, on what is known today. */
    @GET
    @Path("{outcomeId}/definitions")
    @Transactional
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<RuleResultView> definitions(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId) {
        return definitions.evaluate(outcomes.get(clientId, outcomeId));
    }

    @POST
    @ResponseStatus(201)
    @Transactional
    @PermissionsAllowed(Act.RECORD_JOB)
    public OutcomeView record(@PathParam("clientId") UUID clientId, @Valid @NotNull OutcomeRequest request) {
        return mapper.toView(outcomes.record(clientId, request), today());
    }

    /** Corrects the job as recorded; If-Match carries the version the correction is based on. */
    @PUT
    @Path("{outcomeId}")
    @Transactional
    @PermissionsAllowed(Act.RECORD_JOB)
    public OutcomeView correct(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OutcomeRequest request) {
        return mapper.toView(outcomes.correct(clientId, outcomeId, Params.version(ifMatch), request), today());
    }

    /** Removes a job recorded in error, with the reason; If-Match carries the version removed. */
    @DELETE
    @Path("{outcomeId}")
    @Transactional
    @PermissionsAllowed(Act.RECORD_JOB)
    public JobRemovalView remove(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull JobRemovalRequest request) {
        return mapper.toView(outcomes.remove(clientId, outcomeId, Params.version(ifMatch), request));
    }

    /** The jobs removed from the client's record as recorded in error: what, when, by whom and why. */
    @GET
    @Path("removed")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<JobRemovalView> removed(@PathParam("clientId") UUID clientId) {
        return outcomes.removals(clientId).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("{outcomeId}/hours")
    @ResponseStatus(201)
    @Transactional
    @PermissionsAllowed(Act.RECORD_JOB)
    public OutcomeView changeHours(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId,
            @Valid @NotNull HoursChangeRequest request) {
        return mapper.toView(outcomes.changeHours(clientId, outcomeId, request), today());
    }

    @POST
    @Path("{outcomeId}/end")
    @Transactional
    @PermissionsAllowed(Act.RECORD_JOB)
    public JobEndedView end(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId,
            @Valid @NotNull JobEndRequest request) {
        JobEndedView.Offer ended = outcomes.end(clientId, outcomeId, request);
        return new JobEndedView(mapper.toView(ended.outcome(), today()), ended.offeredMove());
    }

    @POST
    @Path("{outcomeId}/follow-ups/{followUpId}/answer")
    @Transactional
    @PermissionsAllowed(Act.ANSWER_FOLLOW_UP)
    public FollowUpView answer(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId,
            @PathParam("followUpId") UUID followUpId, @Valid @NotNull FollowUpAnswerRequest request) {
        return mapper.toView(outcomes.answer(clientId, outcomeId, followUpId, request), today());
    }

    /** Corrects an answer given before; If-Match carries the check's version. */
    @PUT
    @Path("{outcomeId}/follow-ups/{followUpId}/answer")
    @Transactional
    @PermissionsAllowed(Act.ANSWER_FOLLOW_UP)
    public FollowUpView correctAnswer(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId,
            @PathParam("followUpId") UUID followUpId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FollowUpAnswerRequest request) {
        return mapper.toView(outcomes.correctAnswer(clientId, outcomeId, followUpId, Params.version(ifMatch), request),
                today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
