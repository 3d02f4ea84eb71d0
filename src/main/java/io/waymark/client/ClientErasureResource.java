package io.waymark.client;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** An erasure request: the closed client's identity and free text are removed, their counted history kept. */
@Path("/api/v1/clients/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ClientErasureResource {

    @Inject
    ClientErasure erasure;

    @Inject
    ClientMapper mapper;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @PermissionsAllowed(Act.ERASE_CLIENT)
    public ClientView erase(@PathParam("id") UUID id, @Valid @NotNull ErasureRequest request) {
        return mapper.toView(erasure.onRequest(id, request), LocalDate.now(clock));
    }
}
