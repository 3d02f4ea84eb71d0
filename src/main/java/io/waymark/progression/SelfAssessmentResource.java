package io.waymark.progression;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import jakarta.inject.Inject;
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

/** A client's self-assessments (distance travelled): listed oldest first, and a new one recorded. */
@Path("/api/v1/clients/{clientId}/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfAssessmentResource {

    @Inject
    SelfAssessmentService assessments;

    @GET
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public List<SelfAssessmentView> list(@PathParam("clientId") UUID clientId) {
        return assessments.of(clientId);
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.RECORD_JOB)
    public SelfAssessmentView record(@PathParam("clientId") UUID clientId,
            @Valid @NotNull SelfAssessmentRequest request) {
        return assessments.record(clientId, request);
    }
}
