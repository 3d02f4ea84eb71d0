package io.waymark.customfield;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The organisation's own fields on the client record: every member of staff reads them (the forms ask them);
 * administrators add, change and retire them. Values are sent as the client's {@code custom}.
 */
@Path("/api/v1/custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomFieldResource {

    @Inject
    CustomFieldService fields;

    @Inject
    CustomFieldMapper mapper;

    /**
     * Every field of a record ({@code CLIENT} when left out, or {@code JOB_OUTCOME}), in the forms' order, retired ones
     * too (with the day they were retired).
     */
    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<CustomFieldView> list(@QueryParam("record") String record) {
        FieldRecord on = record == null || record.isBlank() ? FieldRecord.CLIENT
                : Params.enumValue(FieldRecord.class, "record", record);
        return fields.fields(on, true).stream().map(mapper::toView).toList();
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public CustomFieldView define(@Valid @NotNull CustomFieldRequest request) {
        return mapper.toView(fields.define(request.recordOrClient(), request));
    }

    /** Changes the label, options (added to), required, personal or position; If-Match carries the version. */
    @PUT
    @Path("{id}")
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public CustomFieldView change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CustomFieldRequest request) {
        return mapper.toView(fields.change(id, Params.version(ifMatch), request));
    }

    /** The field is no longer asked; records keep their values. */
    @POST
    @Path("{id}/retirement")
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public CustomFieldView retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return mapper.toView(fields.retire(id, Params.version(ifMatch)));
    }
}
