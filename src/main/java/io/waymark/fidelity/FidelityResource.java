package io.waymark.fidelity;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.security.Act;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestQuery;

/** IPS fidelity reviews, for team leads and administrators. */
@Path("/api/v1/fidelity-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Act.REVIEW_FIDELITY)
public class FidelityResource {

    @Inject
    FidelityService fidelity;

    @Inject
    FidelityMapper mapper;

    @Inject
    Clock clock;

    /** The form of a new review of the team, pre-filled from case data as of {@code on} (today when left out). */
    @GET
    @Path("prefill")
    @Transactional
    public FidelityPrefill prefill(@RestQuery String teamId, @RestQuery String on) {
        UUID team = Params.uuid("teamId", teamId);
        if (team == null) {
            throw new InvalidInput("teamId", "give the team to review");
        }
        LocalDate asOf = Params.date("on", on);
        return fidelity.prefill(team, asOf != null ? asOf : LocalDate.now(clock));
    }

    @POST
    @ResponseStatus(201)
    @Transactional
    public FidelityReviewView record(@Valid @NotNull FidelityReviewRequest request) {
        return mapper.toView(fidelity.record(request));
    }

    @GET
    @Transactional
    public List<FidelityReviewView> list(@RestQuery String teamId) {
        return fidelity.list(Params.uuid("teamId", teamId)).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public FidelityReviewView get(@PathParam("id") UUID id) {
        return mapper.toView(fidelity.get(id));
    }

    /** Each item's score over the team's reviews, oldest first. */
    @GET
    @Path("trend")
    @Transactional
    public FidelityTrend trend(@RestQuery String teamId) {
        return fidelity.trend(Params.uuid("teamId", teamId));
    }
}
