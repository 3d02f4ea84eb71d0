package io.waymark.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.security.Can;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The public front door (where signing out lands, and the way in), and where signing in lands. */
@Path("/")
public class HomeResource {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance home();
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home();
    }

    /** Where signing in lands: each role's own page ({@link Can#homePage()}). */
    @GET
    @Path("app")
    @Authenticated
    public RestResponse<Void> landing() {
        return RestResponse.seeOther(URI.create(Can.of(identity.getRoles()).homePage()));
    }
}
