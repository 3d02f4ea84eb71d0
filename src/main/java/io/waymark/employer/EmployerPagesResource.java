package io.waymark.employer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
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
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Employer engagement in the browser: the employers, who has not been contacted lately, and each employer's page
 * with its contact people, notes of engagement (a call, a worksite visit) and opportunities, through the same
 * service and rules as the API.
 */
@Path("/app/employers")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class EmployerPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance employers(StaffView me, List<EmployerPages.Row> employers,
                Map<String, String> query, Map<String, String> errors, Map<String, String> values);

        static native TemplateInstance employer(StaffView me, EmployerPages.EmployerFile file, EmployerPages pages,
                Map<String, String> errors, Map<String, String> values);
    }

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Name"),
            Map.entry("sector", "Sector"), Map.entry("sizeBand", "Size"),
            Map.entry("disabilityConfident", "Disability Confident level"), Map.entry("address", "Address"),
            Map.entry("localAuthority", "Local authority"), Map.entry("engagedOn", "Date"),
            Map.entry("what", "What happened"), Map.entry("title", "Title"), Map.entry("kind", "Kind"),
            Map.entry("hoursPerWeek", "Hours a week"), Map.entry("hourlyPay", "Pay an hour"),
            Map.entry("notes", "Notes"), Map.entry("contactName", "Name"), Map.entry("contactRole", "Role"),
            Map.entry("contactPhone", "Phone"), Map.entry("contactEmail", "Email"), Map.entry("q", "Find"),
            Map.entry("version", "The employer"));

    @Inject
    CurrentStaff currentStaff;

    @Inject
    EmployerPages pages;

    @Inject
    EmployerService employers;

    @GET
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public RestResponse<TemplateInstance> list(@RestQuery String q, @RestQuery String sector,
            @RestQuery String sizeBand, @RestQuery String disabilityConfident, @RestQuery String quiet) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", Forms.typed(q));
        query.put("sector", Forms.typed(sector));
        query.put("sizeBand", Forms.typed(sizeBand));
        query.put("disabilityConfident", Forms.typed(disabilityConfident));
        query.put("quiet", Forms.typed(quiet));
        try {
            return RestResponse.ok(Templates.employers(currentStaff.view(),
                    pages.list(q, sector, sizeBand, disabilityConfident, quiet), query, Map.of(), Map.of()));
        } catch (DomainException refused) {
            return Forms.refused(refused, Templates.employers(currentStaff.view(),
                    pages.list(null, null, null, null, false), query, Forms.errors(refused, LABELS), Map.of()));
        }
    }

    /** The list the same filters find, as a CSV or Excel file (the links below the list). */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public Response export(@RestQuery String format, @RestQuery String q,
            @RestQuery String sector, @RestQuery String sizeBand, @RestQuery String disabilityConfident,
            @RestQuery String quiet) {
        try {
            return Spreadsheet.download(Spreadsheet.Format.of("format", format),
                    "waymark-employers", EmployerPages.COLUMNS, pages.list(q, sector, sizeBand, disabilityConfident,
                            quiet));
        } catch (DomainException refused) {
            return list(q, sector, sizeBand, disabilityConfident, quiet).toResponse();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public RestResponse<TemplateInstance> add(@RestForm String name, @RestForm String sector,
            @RestForm String sizeBand, @RestForm String disabilityConfident, @RestForm String address,
            @RestForm String localAuthority) {
        Map<String, String> values = Map.of("name", Forms.typed(name), "sector", Forms.typed(sector), "sizeBand", Forms.typed(sizeBand),
                "disabilityConfident", Forms.typed(disabilityConfident), "address", Forms.typed(address),
                "localAuthority", Forms.typed(localAuthority));
        try {
            EmployerDetails details = new EmployerDetails(name, sector, Params.enumValue(SizeBand.class, "sizeBand", sizeBand),
                    Forms.optional(address), Forms.optional(localAuthority),
                    Params.enumValue(DisabilityConfident.class, "disabilityConfident", disabilityConfident), null, List.of());
            Forms.validate(details);
            Employer employer = employers.create(details);
            return Forms.saved("/app/employers/" + employer.id, "Employer added: " + employer.name);
        } catch (DomainException refused) {
            return Forms.refused(refused, Templates.employers(currentStaff.view(),
                    pages.list(null, null, null, null, false), Map.of(), Forms.errors(refused, LABELS), values));
        }
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public TemplateInstance employer(@PathParam("id") UUID id) {
        return page(id, Map.of(), Map.of());
    }

    /** A note of engagement: a call, a meeting, a worksite visit. */
    @POST
    @Path("{id}/engagements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public RestResponse<TemplateInstance> engage(@PathParam("id") UUID id, @RestForm String engagedOn,
            @RestForm String what) {
        return act(id, Map.of("engagedOn", Forms.typed(engagedOn), "what", Forms.typed(what)), "Engagement noted", () -> {
            EngagementRequest request = new EngagementRequest(Params.date("engagedOn", engagedOn), what);
            Forms.validate(request);
            employers.engage(id, request);
        });
    }

    @POST
    @Path("{id}/opportunities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public RestResponse<TemplateInstance> offer(@PathParam("id") UUID id, @RestForm String title,
            @RestForm String kind, @RestForm String hoursPerWeek, @RestForm String hourlyPay, @RestForm String notes) {
        return act(id, Map.of("title", Forms.typed(title), "kind", Forms.typed(kind), "hoursPerWeek", Forms.typed(hoursPerWeek),
                "hourlyPay", Forms.typed(hourlyPay), "notes", Forms.typed(notes)), "Opportunity added: " + Forms.typed(title), () -> {
                    OpportunityRequest request = new OpportunityRequest(title,
                            Params.enumValue(OpportunityKind.class, "kind", kind), Forms.decimal("hoursPerWeek", hoursPerWeek),
                            Forms.decimal("hourlyPay", hourlyPay), Forms.optional(notes));
                    Forms.validate(request);
                    employers.offer(id, request);
                });
    }

    @POST
    @Path("{id}/opportunities/{opportunityId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public RestResponse<TemplateInstance> setStatus(@PathParam("id") UUID id,
            @PathParam("opportunityId") UUID opportunityId, @RestForm String status) {
        return act(id, Map.of(), "Opportunity marked " + Forms.typed(status).toLowerCase(), () -> {
            OpportunityStatus chosen = Params.enumValue(OpportunityStatus.class, "status", status);
            if (chosen == null) {
                throw new InvalidInput("status", "choose open, filled or closed");
            }
            employers.setStatus(id, opportunityId, chosen);
        });
    }

    /** Adds a contact person to the employer, on the version of the employer the page showed. */
    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.WORK_WITH_EMPLOYERS)
    public RestResponse<TemplateInstance> addContact(@PathParam("id") UUID id, @RestForm String version,
            @RestForm String contactName, @RestForm String contactRole, @RestForm String contactPhone,
            @RestForm String contactEmail) {
        return act(id, Map.of("contactName", Forms.typed(contactName), "contactRole", Forms.typed(contactRole),
                "contactPhone", Forms.typed(contactPhone), "contactEmail", Forms.typed(contactEmail)),
                "Contact person added: " + Forms.typed(contactName), () -> {
                    ContactPerson person = new ContactPerson(contactName, Forms.optional(contactRole),
                            Forms.optional(contactPhone), Forms.optional(contactEmail));
                    Forms.validate(person, Map.of("name", "contactName", "role", "contactRole", "phone", "contactPhone",
                            "email", "contactEmail"));
                    EmployerView now = pages.file(id).employer();
                    List<ContactPerson> people = new ArrayList<>(now.contacts());
                    people.add(person);
                    employers.update(id, Params.version(version), new EmployerDetails(now.name(), now.sector(),
                            now.sizeBand(), now.address(), now.localAuthority(), now.disabilityConfident(), now.notes(),
                            people));
                });
    }

    private RestResponse<TemplateInstance> act(UUID id, Map<String, String> values, String saved, Runnable change) {
        return Forms.act(change, "/app/employers/" + id, saved, LABELS, errors -> page(id, errors, values));
    }

    private TemplateInstance page(UUID id, Map<String, String> errors, Map<String, String> values) {
        return Templates.employer(currentStaff.view(), pages.file(id), pages, errors, values);
    }
}
