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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The funders an administrator names for the service: their commissioners see its aggregate reports. */
@Path("/api/v1/funders")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FunderResource {

    @Inject
    FunderService funders;

    @Inject
    ReportMapper mapper;

    @GET
    public List<FunderView> list() {
        return funders.fundersOfCurrent().stream().map(mapper::toView).toList();
    }

    @PUT
    @Path("{code}")
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public FunderView name(@PathParam("code") String code, @Valid @NotNull FunderRequest request) {
        return mapper.toView(funders.name(code, request));
    }

    @DELETE
    @Path("{code}")
    @PermissionsAllowed(Act.SHARE_WITH_FUNDERS)
    public void remove(@PathParam("code") String code) {
        funders.remove(code);
    }
}
