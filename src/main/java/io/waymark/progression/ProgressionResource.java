package io.waymark.progression;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** A client's progressions besides paid work: listed, recorded, removed as recorded in error (If-Match). */
@Path("/api/v1/clients/{clientId}/progressions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgressionResource {

    @Inject
    ProgressionService progressions;

    @GET
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public List<ProgressionView> list(@PathParam("clientId") UUID clientId) {
        return progressions.of(clientId);
    }

    @POST
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<ProgressionView> record(@PathParam("clientId") UUID clientId,
            @Valid @NotNull ProgressionRequest request) {
        ProgressionView recorded = progressions.record(clientId, request);
        return RestResponse.ResponseBuilder.<ProgressionView>created(URI.create("/api/v1/clients/" + clientId
                + "/progressions/" + recorded.id())).entity(recorded).build();
    }

    @DELETE
    @Path("{id}")
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<Void> remove(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        progressions.remove(clientId, id, Params.version(ifMatch));
        return RestResponse.noContent();
    }
}
