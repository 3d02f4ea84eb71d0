package io.waymark.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.common.StaleVersion;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.CustomFieldView;
import io.waymark.customfield.FieldRecord;
import io.waymark.lists.ListService;
import io.waymark.lists.OrganisationLists;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Editing a client's details. The edit is based on the version the form was opened with; when someone else saved
 * the record meanwhile, nothing is lost: the form comes back with what was typed beside what they saved, field by
 * field, and saving again keeps what was typed.
 */
@Path("/app/clients/{id}/details")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClientDetailsPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance details(StaffView me, ClientView client, int version, Map<String, String> errors,
                Map<String, String> values, List<Difference> theirs, List<CustomFieldView> customFields,
                OrganisationLists lists);
    }

    /** A field that someone else saved differently from what was typed. */
    public record Difference(String label, String saved, String typed) {
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ClientService clients;

    @Inject
    ClientMapper mapper;

    @Inject
    Clock clock;

    @Inject
    CustomFieldService fields;

    @Inject
    ListService lists;

    @GET
    @Transactional
    @PermissionsAllowed(Act.EDIT_CLIENT)
    public TemplateInstance form(@PathParam("id") UUID id) {
        ClientView client = view(id);
        return Templates.details(currentStaff.view(), client, client.version(), Map.of(), ClientForm.valuesOf(client),
                List.of(), asked(), lists.current());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.EDIT_CLIENT)
    public RestResponse<TemplateInstance> save(@PathParam("id") UUID id, @RestForm String version,
            @BeanParam ClientForm form) {
        Map<String, String> typed = form.values();
        try {
            ClientDetails details = form.details(null, null);
            Forms.validate(details);
            Client saved = clients.update(id, Params.version(version), details);
            return Forms.saved("/app/clients/" + id, "Details saved: " + saved.firstName + " " + saved.lastName);
        } catch (StaleVersion changed) {
            ClientView now = view(id);
            return Forms.again(409, Templates.details(currentStaff.view(), now, now.version(),
                    Map.of("form", "Someone else saved this record while you were editing it. What they saved and what"
                            + " you typed are shown below: check them, then save again to keep what you typed."),
                    typed, differences(ClientForm.valuesOf(now), typed), asked(), lists.current()));
        } catch (DomainException refused) {
            ClientView now = view(id);
            // The form keeps the version it was opened with; one that cannot be read is the record's current one.
            int basedOn = version != null && version.strip().matches("\\d{1,9}") ? Integer.parseInt(version.strip()) : now.version();
            return Forms.refused(refused, Templates.details(currentStaff.view(), now, basedOn,
                    Forms.errors(refused, ClientForm.labels(asked())), typed, List.of(), asked(), lists.current()));
        }
    }

    private List<CustomFieldView> asked() {
        return fields.asked(FieldRecord.CLIENT);
    }

    private ClientView view(UUID id) {
        return mapper.toView(clients.get(id), LocalDate.now(clock));
    }

    private List<Difference> differences(Map<String, String> saved, Map<String, String> typed) {
        List<Difference> differences = new ArrayList<>();
        Map<String, String> labels = ClientForm.labels(asked());
        saved.forEach((field, value) -> {
            String mine = typed.getOrDefault(field, "");
            if (!Objects.equals(value.strip(), mine.strip())) {
                differences.add(new Difference(labels.getOrDefault(field, field), value, mine));
            }
        });
        return differences;
    }
}
