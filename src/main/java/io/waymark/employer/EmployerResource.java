package io.waymark.employer;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Employers are shared across the organisation: every worker and team lead may record and read them. */
@Path("/api/v1/employers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
public class EmployerResource {

    @Inject
    EmployerService employers;

    @Inject
    EmployerMapper mapper;

    @Inject
    EmployerPages pages;

    @GET
    public List<EmployerView> search(@QueryParam("q") @Size(max = 100) String text) {
        return employers.search(text).stream().map(mapper::toView).toList();
    }

    /**
     * The employers the page's filters find ({@code q}, {@code sector}, {@code sizeBand}, {@code disabilityConfident},
     * {@code quiet}), as a CSV or Excel file ({@code format}), in the page's columns.
     */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX})
    public Response export(@QueryParam("format") String format, @QueryParam("q") String text,
            @QueryParam("sector") String sector, @QueryParam("sizeBand") String sizeBand,
            @QueryParam("disabilityConfident") String disabilityConfident, @QueryParam("quiet") String quiet) {
        Spreadsheet.Format as = Spreadsheet.Format.of("format", format);
        return Spreadsheet.download(as, "waymark-employers", EmployerPages.COLUMNS,
                pages.list(text, sector, sizeBand, disabilityConfident, quiet));
    }

    @POST
    @ResponseStatus(201)
    public EmployerView create(@Valid @NotNull EmployerDetails details) {
        return mapper.toView(employers.create(details));
    }

    @GET
    @Path("{id}")
    public EmployerView get(@PathParam("id") UUID id) {
        return mapper.toView(employers.get(id));
    }

    /** Replace the employer's details; If-Match carries the version the edit is based on. */
    @PUT
    @Path("{id}")
    public EmployerView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EmployerDetails details) {
        return mapper.toView(employers.update(id, Params.version(ifMatch), details));
    }

    @GET
    @Path("{id}/engagements")
    public List<EngagementView> engagements(@PathParam("id") UUID id) {
        return employers.engagements(id).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("{id}/engagements")
    @ResponseStatus(201)
    public EngagementView engage(@PathParam("id") UUID id, @Valid @NotNull EngagementRequest request) {
        return mapper.toView(employers.engage(id, request));
    }

    @GET
    @Path("{id}/opportunities")
    public List<OpportunityView> opportunities(@PathParam("id") UUID id) {
        return employers.opportunities(id).stream().map(mapper::toView).toList();
    }

    @POST
    @Path("{id}/opportunities")
    @ResponseStatus(201)
    public OpportunityView offer(@PathParam("id") UUID id, @Valid @NotNull OpportunityRequest request) {
        return mapper.toView(employers.offer(id, request));
    }

    @PUT
    @Path("{id}/opportunities/{opportunityId}/status")
    public OpportunityView setStatus(@PathParam("id") UUID id, @PathParam("opportunityId") UUID opportunityId,
            @Valid @NotNull OpportunityStatusRequest request) {
        return mapper.toView(employers.setStatus(id, opportunityId, request.status()));
    }
}
