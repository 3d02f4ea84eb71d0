package io.waymark.client;

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

/** One record per person: the duplicate check before adding someone, and merging a duplicate into the kept record. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientMergeResource {

    @Inject
    DuplicateFinder duplicates;

    @Inject
    ClientMergeService merges;

    @Inject
    ClientMapper mapper;

    /** Records that may be the same person as the one about to be added (or, with {@code excluding}, edited). */
    @POST
    @Path("duplicate-check")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.ADMIN})
    public List<DuplicateCandidate> check(@Valid @NotNull DuplicateQuery query) {
        return duplicates.likelyDuplicates(query);
    }

    /** Merges the duplicate into this record; the duplicate becomes a closed pointer to it. */
    @POST
    @Path("{id}/merges")
    @ResponseStatus(201)
    @Transactional
    @PermissionsAllowed(Act.MERGE_CLIENTS)
    public ClientMergeView merge(@PathParam("id") UUID keptId, @Valid @NotNull MergeRequest request) {
        return mapper.toView(merges.merge(keptId, request));
    }

    /** The merges into this record, or the one that closed it: what moved, who did it, when and why. */
    @GET
    @Path("{id}/merges")
    @Transactional
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<ClientMergeView> history(@PathParam("id") UUID id) {
        return merges.history(id).stream().map(mapper::toView).toList();
    }
}
