package io.waymark.client;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The client list the same filters show, every page of it, as a CSV or Excel file (the links below the list); each
 * client in it has the download in their audit trail. A class of its own, so that its address is not taken for a
 * client's ({@code /app/clients/{id}}). Refused filters come back on the list page, named.
 */
@Path("/app/clients/export")
@Authenticated
public class ClientListExportPagesResource {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ClientListQuery lists;

    @Inject
    ClientService clients;

    @GET
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public Response export(@RestQuery String format, @RestQuery String q, @RestQuery String stage,
            @RestQuery String status, @RestQuery String workerId, @RestQuery String teamId,
            @RestQuery String programme, @RestQuery String field, @RestQuery String fieldValue) {
        Map<String, String> query = ClientListPagesResource.query(q, stage, status, workerId, teamId, programme, field,
                fieldValue);
        try {
            ClientSearch search = ClientSearch.parse(q, stage, status, workerId, teamId, programme, field, fieldValue);
            return Spreadsheet.download(format, as -> clients.export(search, "pathway", as));
        } catch (DomainException refused) {
            return ClientListPagesResource.refused(currentStaff.view(), lists.of(ClientSearch.forText(null), 0), query,
                    refused).toResponse();
        }
    }
}
