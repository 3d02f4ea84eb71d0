package io.waymark.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.Spreadsheet;
import io.waymark.lists.Programme;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Find a client: the search box in every page's header lands here, and the list filters by stage, status, worker,
 * team and programme, in pathway order, a page at a time.
 */
@Path("/app/clients")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClientListPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(StaffView me, ClientListQuery.ClientList list, Map<String, String> query,
                Pages pages, Map<String, String> errors);
    }

    /**
     * The links to the pages before and after this one, with the same search (null at either end), and to the whole
     * list as a file.
     */
    public record Pages(String previous, String next, String csv, String xlsx) {

        static Pages of(Map<String, String> query, ClientListQuery.ClientList list) {
            StringBuilder filters = new StringBuilder();
            query.forEach((name, value) -> filters.append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
            String base = "/app/clients?" + filters;
            String export = "/app/clients/export?" + filters + "format=";
            int page = list.clients().page();
            return new Pages(page > 0 ? base + "page=" + page : null,
                    page + 1 < list.clients().totalPages() ? base + "page=" + (page + 2) : null,
                    export + Spreadsheet.Format.CSV.extension, export + Spreadsheet.Format.XLSX.extension);
        }
    }

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("q", "Find a client"),
            Map.entry("stage", "Stage"), Map.entry("status", "Status"), Map.entry("workerId", "Worker"),
            Map.entry("teamId", "Team"), Map.entry("programme", "Programme"), Map.entry("page", "Page"),
            Map.entry("format", "Download as"), Map.entry("field", "Your field"), Map.entry("fieldValue", "Its value"));

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ClientListQuery lists;

    @GET
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public RestResponse<TemplateInstance> clients(@RestQuery String q, @RestQuery String stage,
            @RestQuery String status, @RestQuery String workerId, @RestQuery String teamId,
            @RestQuery String programme, @RestQuery String field, @RestQuery String fieldValue,
            @RestQuery String page) {
        Map<String, String> query = query(q, stage, status, workerId, teamId, programme, field, fieldValue);
        try {
            ClientSearch search = ClientSearch.parse(q, stage, status, workerId, teamId, programme, field, fieldValue);
            Integer number = Forms.integer("page", page);
            ClientListQuery.ClientList list = lists.of(search, number == null || number < 1 ? 0 : number - 1);
            return RestResponse.ok(Templates.clients(currentStaff.view(), list, query, Pages.of(query, list), Map.of()));
        } catch (DomainException refused) {
            return refused(query, refused);
        }
    }

    /** The filters as given, to show again in the form and to carry into the page and download links. */
    static Map<String, String> query(String q, String stage, String status, String workerId, String teamId,
            String programme, String field, String fieldValue) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q == null ? "" : q);
        query.put("stage", stage == null ? "" : stage);
        query.put("status", status == null ? "" : status);
        query.put("workerId", workerId == null ? "" : workerId);
        query.put("teamId", teamId == null ? "" : teamId);
        query.put("programme", programme == null ? "" : programme);
        query.put("field", field == null ? "" : field);
        query.put("fieldValue", fieldValue == null ? "" : fieldValue);
        return query;
    }

    private RestResponse<TemplateInstance> refused(Map<String, String> query, DomainException refused) {
        return refused(currentStaff.view(), lists.of(ClientSearch.forText(null), 0), query, refused);
    }

    /** The list page again with what was given, and a summary of what to fix: the list and its download share it. */
    static RestResponse<TemplateInstance> refused(StaffView me, ClientListQuery.ClientList list,
            Map<String, String> query, DomainException refused) {
        return Forms.again(refused.status(), Templates.clients(me, list, query, Pages.of(query, list),
                Forms.errors(refused, LABELS)));
    }
}
