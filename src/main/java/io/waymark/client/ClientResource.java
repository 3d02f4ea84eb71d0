package io.waymark.client;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.PageOf;
import io.waymark.common.Params;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    ClientMapper mapper;

    @Inject
    Clock clock;

    /**
     * Find clients by reference, name (typos allowed), date of birth, phone, email, postcode or National Insurance
     * number, and by stage, status, worker, team or programme; sort by a field ({@code pathway}: in pathway order),
     * '-' before it for descending.
     */
    @GET
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public PageOf<ClientSummary> search(@QueryParam("q") String text,
            @QueryParam("stage") String stage,
            @QueryParam("status") String status,
            @QueryParam("workerId") String workerId,
            @QueryParam("teamId") String teamId,
            @QueryParam("programme") String programme,
            @QueryParam("field") String field,
            @QueryParam("fieldValue") String fieldValue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("sort") @DefaultValue("lastName") String sort) {
        ClientSearch search = ClientSearch.parse(text, stage, status, workerId, teamId, programme, field, fieldValue);
        return clients.search(search, page, size, sort).map(mapper::toSummary);
    }

    /**
     * The clients the same filters find, all of them, as a file to download: {@code format} csv or xlsx. Each client
     * in it has the download in their audit trail.
     */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public Response export(@QueryParam("format") String format, @QueryParam("q") String text,
            @QueryParam("stage") String stage, @QueryParam("status") String status,
            @QueryParam("workerId") String workerId, @QueryParam("teamId") String teamId,
            @QueryParam("programme") String programme, @QueryParam("field") String field,
            @QueryParam("fieldValue") String fieldValue, @QueryParam("sort") @DefaultValue("lastName") String sort) {
        ClientSearch search = ClientSearch.parse(text, stage, status, workerId, teamId, programme, field, fieldValue);
        return Spreadsheet.download(format, as -> clients.export(search, sort, as));
    }

    /** Take a referral. The client starts at engagement; with a consent date they are active at once. */
    @POST
    @PermissionsAllowed(Act.REFER_CLIENT)
    public RestResponse<ClientView> refer(@Valid @NotNull ClientDetails details, @Context UriInfo uri) {
        Client client = clients.refer(details);
        return withVersion(RestResponse.ResponseBuilder.created(uri.getAbsolutePathBuilder().path(client.id.toString()).build()),
                client);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public RestResponse<ClientView> get(@PathParam("id") UUID id) {
        return withVersion(RestResponse.ResponseBuilder.ok(), clients.get(id));
    }

    /** Replace the client's details; If-Match must carry the version the edit is based on. */
    @PUT
    @Path("{id}")
    @PermissionsAllowed(Act.EDIT_CLIENT)
    public RestResponse<ClientView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ClientDetails details) {
        int basedOn = Params.version(ifMatch);
        return withVersion(RestResponse.ResponseBuilder.ok(), clients.update(id, basedOn, details));
    }

    @POST
    @Path("{id}/closure")
    @PermissionsAllowed(Act.CLOSE_CASE)
    public RestResponse<ClientView> close(@PathParam("id") UUID id, @Valid @NotNull ClientClosure closure) {
        return withVersion(RestResponse.ResponseBuilder.ok(), clients.close(id, closure));
    }

    /** The client withdraws their consent; an open case is closed from that day. */
    @POST
    @Path("{id}/consent-withdrawal")
    @PermissionsAllowed(Act.WITHDRAW_CONSENT)
    public RestResponse<ClientView> withdrawConsent(@PathParam("id") UUID id,
            @Valid @NotNull ConsentWithdrawal withdrawal) {
        return withVersion(RestResponse.ResponseBuilder.ok(), clients.withdrawConsent(id, withdrawal));
    }

    /**
     * The channels the client agreed to be messaged by (booking confirmations and reminders), replacing the last;
     * If-Match carries the record's version.
     */
    @PUT
    @Path("{id}/message-consent")
    @PermissionsAllowed(Act.EDIT_CLIENT)
    public RestResponse<ClientView> agreeToMessages(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MessageConsent consent) {
        return withVersion(RestResponse.ResponseBuilder.ok(), clients.agreeToMessages(id, Params.version(ifMatch), consent));
    }

    private RestResponse<ClientView> withVersion(RestResponse.ResponseBuilder<ClientView> response, Client client) {
        return response.entity(mapper.toView(client, LocalDate.now(clock)))
                .tag(new EntityTag(Integer.toString(client.version)))
                .build();
    }
}
