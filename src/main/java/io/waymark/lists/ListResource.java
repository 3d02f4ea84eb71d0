package io.waymark.lists;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.common.RecordNotFound;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The organisation's lists ({@code programmes}, {@code referral-sources}, {@code client-groups},
 * {@code closure-reasons}, {@code local-authorities}): every member of staff reads them (the forms offer them; a
 * record names a value by its code); administrators add their own values, change them, retire and bring back any.
 */
@Path("/api/v1/lists/{list}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListResource {

    @Inject
    ListService lists;

    @Inject
    ListValueMapper mapper;

    /** Every value, shipped and own, retired ones too (with the day they were retired), in the forms' order. */
    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public List<ListValueView> values(@PathParam("list") String list) {
        return lists.current().all(named(list));
    }

    @POST
    @ResponseStatus(201)
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public ListValueView define(@PathParam("list") String list, @Valid @NotNull ListValueRequest request) {
        return mapper.toView(lists.define(named(list), request));
    }

    /** Changes an own value's name, national value, outcome definition or position; If-Match carries the version. */
    @PUT
    @Path("{id}")
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public ListValueView change(@PathParam("list") String list, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ListValueRequest request) {
        return mapper.toView(lists.change(named(list), id, Params.version(ifMatch), request));
    }

    /** The value is no longer offered; records keep it. */
    @POST
    @Path("{id}/retirement")
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public ListValueView retire(@PathParam("list") String list, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return mapper.toView(lists.retire(named(list), id, Params.version(ifMatch)));
    }

    /** A retired value is offered again. */
    @DELETE
    @Path("{id}/retirement")
    @PermissionsAllowed(Act.MANAGE_FIELDS)
    public ListValueView reinstate(@PathParam("list") String list, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return mapper.toView(lists.reinstate(named(list), id, Params.version(ifMatch)));
    }

    static ListName named(String path) {
        ListName list = ListName.ofPath(path);
        if (list == null) {
            throw new RecordNotFound("list", path);
        }
        return list;
    }
}
