package io.waymark.message;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
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

/**
 * The wording of the messages to clients, for administrators: each kind's current wording (the organisation's own or
 * Waymark's standard), a preview with example values, saving the organisation's own (If-Match), and going back to
 * the standard wording.
 */
@Path("/api/v1/message-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Act.MANAGE_MESSAGE_TEMPLATES)
public class MessageTemplateResource {

    @Inject
    MessageTemplates templates;

    @GET
    public List<TemplateView> all() {
        return templates.all();
    }

    @GET
    @Path("{kind}")
    public TemplateView get(@PathParam("kind") String kind) {
        return templates.get(MessageTemplates.kindNamed(kind));
    }

    /** The wording with example values filled in, as a client would read it; nothing is saved. */
    @POST
    @Path("{kind}/preview")
    public TemplateWords preview(@PathParam("kind") String kind, @Valid @NotNull TemplateWords words) {
        return templates.preview(MessageTemplates.kindNamed(kind), words);
    }

    @PUT
    @Path("{kind}")
    public TemplateView save(@PathParam("kind") String kind, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TemplateWords words) {
        return templates.save(MessageTemplates.kindNamed(kind), words, Params.version(ifMatch));
    }

    /** Back to Waymark's standard wording. */
    @DELETE
    @Path("{kind}")
    public TemplateView useStandard(@PathParam("kind") String kind, @HeaderParam("If-Match") String ifMatch) {
        return templates.useStandard(MessageTemplates.kindNamed(kind), Params.version(ifMatch));
    }
}
