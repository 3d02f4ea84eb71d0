package io.waymark.outcome;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Funders' outcome definitions: everyone reads them; administrators copy, edit and delete their own. */
@Path("/api/v1/outcome-definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeDefinitionResource {

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    OutcomeDefinitionMapper mapper;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<OutcomeDefinitionView> list() {
        return definitions.all();
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public OutcomeDefinitionView create(@Valid @NotNull OutcomeDefinitionRequest request) {
        return mapper.toView(definitions.create(request));
    }

    /** Copies a shipped or own definition; {"name": ...} names the copy. */
    @POST
    @Path("{id}/copies")
    @ResponseStatus(201)
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public OutcomeDefinitionView copy(@PathParam("id") UUID id, Map<String, String> body) {
        return mapper.toView(definitions.copy(id, body == null ? null : body.get("name")));
    }

    @PUT
    @Path("{id}")
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public OutcomeDefinitionView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OutcomeDefinitionRequest request) {
        return mapper.toView(definitions.update(id, Params.version(ifMatch), request));
    }

    @DELETE
    @Path("{id}")
    @PermissionsAllowed(Act.MANAGE_DEFINITIONS)
    public void delete(@PathParam("id") UUID id) {
        definitions.delete(id);
    }
}
