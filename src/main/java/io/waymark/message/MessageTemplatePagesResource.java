package io.waymark.message;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * "Messages to clients", for administrators: each message's wording, written with values such as {name}, previewed
 * as a client would read it, then saved; or put back to Waymark's standard wording.
 */
@Path("/app/message-templates")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MessageTemplatePagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance templates(StaffView me, List<TemplateView> templates);

        static native TemplateInstance template(StaffView me, TemplateView template, TemplateWords preview,
                Map<String, String> errors, Map<String, String> values);
    }

    private static final Map<String, String> LABELS = Map.of("subject", "The email's subject", "body", "The email",
            "text", "The text message", "version", "The wording");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    MessageTemplates templates;

    @GET
    @PermissionsAllowed(Act.MANAGE_MESSAGE_TEMPLATES)
    public TemplateInstance templates() {
        return Templates.templates(currentStaff.view(), templates.all());
    }

    @GET
    @Path("{kind}")
    @PermissionsAllowed(Act.MANAGE_MESSAGE_TEMPLATES)
    public TemplateInstance template(@PathParam("kind") String kind) {
        return page(MessageTemplates.kindNamed(kind), null, Map.of(), Map.of());
    }

    /** "Preview" shows the typed wording filled in and keeps it in the form; "Save" saves it. */
    @POST
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_MESSAGE_TEMPLATES)
    public RestResponse<TemplateInstance> change(@PathParam("kind") String kindName, @RestForm String subject,
            @RestForm String body, @RestForm String text, @RestForm String version, @RestForm String action) {
        MessageKind kind = MessageTemplates.kindNamed(kindName);
        TemplateWords words = new TemplateWords(Forms.typed(subject), Forms.typed(body), Forms.typed(text));
        Map<String, String> values = Map.of("subject", words.subject(), "body", words.body(), "text", words.text(),
                "version", Forms.typed(version));
        try {
            Forms.validate(words);
            if ("preview".equals(action)) {
                return RestResponse.ok(page(kind, templates.preview(kind, words), Map.of(), values));
            }
            TemplateView saved = templates.save(kind, words, Params.version(version));
            return Forms.saved("/app/message-templates/" + kindName, "Saved: the " + saved.label().toLowerCase()
                    + " now uses your wording");
        } catch (DomainException refused) {
            return Forms.refused(refused, page(kind, null, Forms.errors(refused, LABELS), values));
        }
    }

    @POST
    @Path("{kind}/standard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MANAGE_MESSAGE_TEMPLATES)
    public RestResponse<TemplateInstance> useStandard(@PathParam("kind") String kindName, @RestForm String version) {
        MessageKind kind = MessageTemplates.kindNamed(kindName);
        return Forms.act(() -> templates.useStandard(kind, Params.version(version)), "/app/message-templates/"
                + kindName, "Saved: the message uses Waymark's standard wording again", LABELS,
                errors -> page(kind, null, errors, Map.of()));
    }

    private TemplateInstance page(MessageKind kind, TemplateWords preview, Map<String, String> errors,
            Map<String, String> values) {
        return Templates.template(currentStaff.view(), templates.get(kind), preview, errors, values);
    }
}
