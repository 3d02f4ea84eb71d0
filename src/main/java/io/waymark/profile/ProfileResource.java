package io.waymark.profile;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.document.DocumentView;
import io.waymark.security.Act;
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
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A client's vocational profile: the latest version and every earlier one, a new version (If-Match: the number of
 * the latest, 0 before the first), and the profile or a CV made from it as a PDF, or kept with the documents.
 */
@Path("/api/v1/clients/{clientId}/vocational-profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @GET
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public ProfileView latest(@PathParam("clientId") UUID clientId) {
        return profiles.latest(clientId);
    }

    @GET
    @Path("versions")
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public List<ProfileView.Version> versions(@PathParam("clientId") UUID clientId) {
        return profiles.versions(clientId);
    }

    @GET
    @Path("versions/{number}")
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public ProfileView version(@PathParam("clientId") UUID clientId, @PathParam("number") int number) {
        return profiles.version(clientId, number);
    }

    @PUT
    @PermissionsAllowed(Act.EDIT_CLIENT)
    public ProfileView write(@PathParam("clientId") UUID clientId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProfileWords words) {
        return profiles.write(clientId, words, Params.version(ifMatch));
    }

    /** The profile ({@code as=PROFILE}, the default) or a CV ({@code as=CV}) as a PDF; the latest version unless named. */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public RestResponse<byte[]> pdf(@PathParam("clientId") UUID clientId, @RestQuery Integer version,
            @RestQuery String as) {
        return pdfDownload(profiles, clientId, version, print(as));
    }

    /** A few pages of text: made whole, so that a refusal is an answer of its own, not a broken download. */
    static RestResponse<byte[]> pdfDownload(ProfileService profiles, UUID clientId, Integer version,
            ProfileService.Print print) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            profiles.pdf(clientId, version, print, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RestResponse.ResponseBuilder.ok(pdf.toByteArray(), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + (print == ProfileService.Print.CV ? "cv" : "vocational-profile")
                        + ".pdf\"").build();
    }

    /** The PDF kept with the client's documents (a vocational profile, or a CV). */
    @POST
    @Path("document")
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public RestResponse<DocumentView> keep(@PathParam("clientId") UUID clientId, @RestQuery Integer version,
            @RestQuery String as) {
        return RestResponse.status(RestResponse.Status.CREATED, profiles.keepAsDocument(clientId, version, print(as)));
    }

    static ProfileService.Print print(String as) {
        ProfileService.Print print = Params.enumValue(ProfileService.Print.class, "as", as);
        return print == null ? ProfileService.Print.PROFILE : print;
    }
}
