package io.waymark.document;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.StreamedBody;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A document's files downloaded from the pages, as the API answers them. Attaching, replacing and removing are forms
 * of the client's page (casefile's ClientPagesResource), which shows the documents.
 */
@Path("/app/documents/{id}/files/{number}")
@Authenticated
public class DocumentPagesResource {

    @Inject
    DocumentService documents;

    @GET
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @PermissionsAllowed(Act.READ_DOCUMENTS)
    public RestResponse<StreamedBody> file(@PathParam("id") UUID id, @PathParam("number") int number) {
        return DocumentFiles.download(documents.open(id, number));
    }
}
