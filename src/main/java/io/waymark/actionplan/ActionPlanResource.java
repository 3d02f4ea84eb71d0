package io.waymark.actionplan;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/clients/{clientId}/action-plan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    @Inject
    ActionPlanService plans;

    @Inject
    ActionPlanMapper mapper;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<GoalView> plan(@PathParam("clientId") UUID clientId) {
        return plans.plan(clientId).stream().map(g -> mapper.toView(g, LocalDate.now(clock))).toList();
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.ADD_GOAL)
    public GoalView add(@PathParam("clientId") UUID clientId, @Valid @NotNull GoalRequest request) {
        return mapper.toView(plans.add(clientId, request), LocalDate.now(clock));
    }

    /** Review or change a goal; If-Match carries the version the change is based on. */
    @PUT
    @Path("{goalId}")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD})
    public GoalView update(@PathParam("clientId") UUID clientId, @PathParam("goalId") UUID goalId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull GoalRequest request) {
        return mapper.toView(plans.update(clientId, goalId, Params.version(ifMatch), request), LocalDate.now(clock));
    }
}
