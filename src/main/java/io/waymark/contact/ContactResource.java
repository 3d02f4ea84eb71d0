package io.waymark.contact;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.PageOf;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/clients/{clientId}/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    ContactService contacts;

    @Inject
    ContactMapper mapper;

    /** The client's contacts, newest first. */
    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public PageOf<ContactView> list(@PathParam("clientId") UUID clientId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return contacts.list(clientId, page, size).map(mapper::toView);
    }

    /** All the client's contacts as a CSV or Excel file ({@code format}); the download is in their audit trail. */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public Response export(@PathParam("clientId") UUID clientId, @QueryParam("format") String format) {
        return Spreadsheet.download(format, as -> contacts.export(clientId, as));
    }

    @GET
    @Path("planned")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<PlannedContactView> planned(@PathParam("clientId") UUID clientId) {
        return contacts.planned(clientId);
    }

    /** Plan a contact; it shows on the worker's day until a contact with the client is recorded. */
    @POST
    @Path("planned")
    @ResponseStatus(201)
    @PermissionsAllowed(Act.PLAN_CONTACT)
    public List<PlannedContactView> plan(@PathParam("clientId") UUID clientId, @Valid @NotNull PlannedContactRequest request) {
        contacts.plan(clientId, request);
        return contacts.planned(clientId);
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.RECORD_CONTACT)
    public ContactView record(@PathParam("clientId") UUID clientId, @Valid @NotNull ContactRequest request) {
        return contacts.record(clientId, request);
    }
}
