package io.waymark.assessment;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/assessment-slots")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlotResource {

    @Inject
    SlotService slots;

    @Inject
    AssessmentMapper mapper;

    /** Free slots to book, soonest first (from now, up to eight weeks ahead unless dates are given). */
    @GET
    @Path("free")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR})
    public List<SlotView> free(@QueryParam("advisorId") String advisorId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return slots.free(Params.uuid("advisorId", advisorId), Params.date("from", from), Params.date("to", to)).stream()
                .map(mapper::toView).toList();
    }

    /** Publish one slot in the signed-in advisor's diary. */
    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public SlotView publish(@Valid @NotNull SlotRequest request) {
        return mapper.toView(slots.publish(request));
    }

    /** Publish a weekly pattern of slots; all of them, or none when one cannot be made. */
    @POST
    @Path("weekly")
    @ResponseStatus(201)
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public List<SlotView> publishWeekly(@Valid @NotNull SlotPatternRequest request) {
        return slots.publishWeekly(request).stream().map(mapper::toView).toList();
    }

    @DELETE
    @Path("{id}")
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public SlotView withdraw(@PathParam("id") UUID id) {
        return mapper.toView(slots.withdraw(id));
    }
}
