package io.waymark.document;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.common.StreamedBody;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A document on a client's record: read, its files downloaded, replaced by a newer file (the earlier ones kept),
 * removed. Attached and listed through {@link ClientDocumentResource}.
 */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    DocumentService documents;

    @GET
    @Path("{id}")
    @PermissionsAllowed(Act.READ_DOCUMENTS)
    public DocumentView get(@PathParam("id") UUID id) {
        return documents.get(id);
    }

    /** The newest file. */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @PermissionsAllowed(Act.READ_DOCUMENTS)
    public RestResponse<StreamedBody> content(@PathParam("id") UUID id) {
        return DocumentFiles.download(documents.open(id, null));
    }

    /** One file of the document, the first or a later one. */
    @GET
    @Path("{id}/files/{number}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @PermissionsAllowed(Act.READ_DOCUMENTS)
    public RestResponse<StreamedBody> file(@PathParam("id") UUID id, @PathParam("number") int number) {
        return DocumentFiles.download(documents.open(id, number));
    }

    /** A newer file for the document, the request's body (If-Match: its version); the earlier files are kept. */
    @POST
    @Path("{id}/files")
    @Consumes({"application/octet-stream", "application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif",
            "image/webp", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "text/plain"})
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public DocumentView replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RestQuery String fileName, InputStream body) {
        int basedOn = Params.version(ifMatch);
        return DocumentFiles.received(body, fileName, upload -> documents.replace(id, upload, basedOn));
    }

    /** The document and all its files, gone (If-Match: its version). */
    @DELETE
    @Path("{id}")
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public RestResponse<Void> remove(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        documents.remove(id, Params.version(ifMatch));
        return RestResponse.noContent();
    }
}
