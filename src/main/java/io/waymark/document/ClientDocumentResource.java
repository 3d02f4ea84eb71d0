package io.waymark.document;

import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A client's documents: listed, and attached with their first file (multipart). At most 20 MB a file; its type
 * decided by its content, not its name.
 */
@Path("/api/v1/clients/{clientId}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class ClientDocumentResource {

    @Inject
    DocumentService documents;

    @GET
    @PermissionsAllowed(Act.READ_DOCUMENTS)
    public List<DocumentView> list(@PathParam("clientId") UUID clientId) {
        return documents.of(clientId);
    }

    /**
     * The file is the request's body, as it is (any content type: its type is decided by its content); what it is,
     * its title and its name are query parameters: {@code kind}, {@code title}, {@code fileName}, and
     * {@code jobOutcomeId} or {@code followUpId}. The content types named are taken alike (the file's own, or
     * application/octet-stream); the pages send a form instead.
     */
    @POST
    @Consumes({"application/octet-stream", "application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif",
            "image/webp", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "text/plain"})
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public RestResponse<DocumentView> attach(@PathParam("clientId") UUID clientId, @RestQuery String kind,
            @RestQuery String title, @RestQuery String fileName, @RestQuery String jobOutcomeId,
            @RestQuery String followUpId, InputStream body) {
        DocumentRequest request = new DocumentRequest(Params.enumValue(DocumentKind.class, "kind", kind), title,
                Params.uuid("jobOutcomeId", jobOutcomeId), Params.uuid("followUpId", followUpId));
        DocumentView attached = DocumentFiles.received(body, fileName, upload -> documents.attach(clientId, request,
                upload));
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/documents/" + attached.id()))
                .entity(attached).build();
    }
}
