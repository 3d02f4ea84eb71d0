package io.waymark.outcome;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/clients/{clientId}/job-matches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobMatchResource {

    @Inject
    JobMatchService matches;

    @Inject
    JobMatchMapper mapper;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<JobMatchView> list(@PathParam("clientId") UUID clientId) {
        return matches.stepsOf(matches.list(clientId)).entrySet().stream()
                .map(m -> mapper.toView(m.getKey(), m.getValue())).toList();
    }

    @POST
    @ResponseStatus(201)
    @Transactional
    @PermissionsAllowed(Act.MATCH_JOBS)
    public JobMatchView propose(@PathParam("clientId") UUID clientId, @Valid @NotNull JobMatchRequest request) {
        JobMatch match = matches.propose(clientId, request);
        return mapper.toView(match, matches.steps(match));
    }

    /** The next step: applied, interview, offered, accepted, declined or withdrawn. */
    @POST
    @Path("{matchId}/steps")
    @Transactional
    @PermissionsAllowed(Act.MATCH_JOBS)
    public JobMatchView advance(@PathParam("clientId") UUID clientId, @PathParam("matchId") UUID matchId,
            @Valid @NotNull JobMatchStepRequest request) {
        JobMatch match = matches.advance(clientId, matchId, request);
        return mapper.toView(match, matches.steps(match));
    }
}
