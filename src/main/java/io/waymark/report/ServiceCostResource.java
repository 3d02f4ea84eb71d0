package io.waymark.report;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The service's costs per period and funding stream: managers (administrators) enter them, team leads read them. */
@Path("/api/v1/service-costs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceCostResource {

    @Inject
    ServiceCostService costs;

    @Inject
    ReportMapper mapper;

    @GET
    @RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
    public List<ServiceCostView> list() {
        return costs.list().stream().map(mapper::toView).toList();
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.MANAGE_COSTS)
    public ServiceCostView record(@Valid @NotNull ServiceCostRequest request) {
        return mapper.toView(costs.record(request));
    }

    @DELETE
    @Path("{id}")
    @PermissionsAllowed(Act.MANAGE_COSTS)
    public void delete(@PathParam("id") UUID id) {
        costs.delete(id);
    }
}
