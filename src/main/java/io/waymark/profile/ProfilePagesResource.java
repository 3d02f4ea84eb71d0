package io.waymark.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.ClientMapper;
import io.waymark.client.ClientService;
import io.waymark.client.ClientView;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.common.RecordNotFound;
import io.waymark.document.DocumentView;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * "Vocational profile" of a client: written with them in their own words and saved as a new version each time; a
 * clean page to print, the profile or a CV as a PDF, and the PDF kept with the client's documents.
 */
@Path("/app/clients/{id}/vocational-profile")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProfilePagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(StaffView me, ClientView client, ProfileView latest,
                List<ProfileView.Version> versions, Map<String, String> errors, Map<String, String> values);

        static native TemplateInstance print(ProfilePdf.Printed printed);
    }

    /** A part of the profile's form: its field, its label, a hint. */
    public record Part(String key, String label, String hint) {
    }

    private static final List<Part> PARTS = List.of(new Part("workHistory", "Work history", "jobs, volunteering, caring"),
            new Part("education", "Education and qualifications", null), new Part("skills", "Skills", null),
            new Part("interests", "Interests", null), new Part("workWanted", "The work they want", "kinds of work, sectors"),
            new Part("hoursWanted", "The hours they want", null),
            new Part("betterOff", "Better-off calculation", "its outcome, as worked out"),
            new Part("travel", "Travel", "how far, how"),
            new Part("conditions", "Conditions and adjustments", "what the client chooses to share"),
            new Part("supportAtWork", "Support needed at work", null), new Part("referees", "Referees", null));

    /** The form's fields, as the page labels them: each part's label, and the two fields that are not parts. */
    static final Map<String, String> LABELS = labels();

    @Inject
    CurrentStaff currentStaff;

    /** The form as the latest version fills it, or empty before the first. */
    private static Map<String, String> shown(ProfileView latest) {
        Map<String, String> values = new HashMap<>();
        values.put("version", latest == null ? "0" : String.valueOf(latest.number()));
        if (latest != null) {
            ProfileWords w = latest.words();
            values.put("workHistory", w.workHistory());
            values.put("education", w.education());
            values.put("skills", w.skills());
            values.put("interests", w.interests());
            values.put("workWanted", w.workWanted());
            values.put("hoursWanted", w.hoursWanted());
            values.put("betterOff", w.betterOff());
            values.put("travel", w.travel());
            values.put("conditions", w.conditions());
            values.put("shareConditions", w.shareConditions() ? "yes" : "");
            values.put("supportAtWork", w.supportAtWork());
            values.put("referees", w.referees());
        }
        return values;
    }

    @Inject
    ProfileService profiles;

    @Inject
    ClientService clients;

    @Inject
    ClientMapper clientMapper;

    @Inject
    Clock clock;

    @GET
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public TemplateInstance profile(@PathParam("id") UUID id) {
        return page(id, Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.EDIT_CLIENT)
    public RestResponse<TemplateInstance> write(@PathParam("id") UUID id, @RestForm String writtenOn,
            @RestForm String workHistory, @RestForm String education, @RestForm String skills,
            @RestForm String interests, @RestForm String workWanted, @RestForm String hoursWanted,
            @RestForm String betterOff, @RestForm String travel, @RestForm String conditions,
            @RestForm String shareConditions, @RestForm String supportAtWork, @RestForm String referees,
            @RestForm String version) {
        Map<String, String> values = new HashMap<>();
        values.put("sent", "yes");
        values.put("writtenOn", Forms.typed(writtenOn));
        values.put("workHistory", Forms.typed(workHistory));
        values.put("education", Forms.typed(education));
        values.put("skills", Forms.typed(skills));
        values.put("interests", Forms.typed(interests));
        values.put("workWanted", Forms.typed(workWanted));
        values.put("hoursWanted", Forms.typed(hoursWanted));
        values.put("betterOff", Forms.typed(betterOff));
        values.put("travel", Forms.typed(travel));
        values.put("conditions", Forms.typed(conditions));
        values.put("shareConditions", Forms.typed(shareConditions));
        values.put("supportAtWork", Forms.typed(supportAtWork));
        values.put("referees", Forms.typed(referees));
        values.put("version", Forms.typed(version));
        try {
            ProfileWords words = new ProfileWords(Params.date("writtenOn", writtenOn), workHistory, education, skills,
                    interests, workWanted, hoursWanted, betterOff, travel, conditions,
                    shareConditions != null && !shareConditions.isBlank(), supportAtWork, referees);
            Forms.validate(words);
            ProfileView saved = profiles.write(id, words, Params.version(version));
            return Forms.saved("/app/clients/" + id + "/vocational-profile", "Saved: version " + saved.number()
                    + " of the vocational profile, written on " + saved.writtenOn());
        } catch (DomainException refused) {
            return Forms.refused(refused, page(id, Forms.errors(refused, LABELS), values));
        }
    }

    /** A clean page to print: the profile or a CV, the latest version unless one is named. */
    @GET
    @Path("print")
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public TemplateInstance print(@PathParam("id") UUID id, @RestQuery Integer version, @RestQuery String as) {
        return Templates.print(profiles.printed(id, version, ProfileResource.print(as)));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public RestResponse<byte[]> pdf(@PathParam("id") UUID id, @RestQuery Integer version, @RestQuery String as) {
        return ProfileResource.pdfDownload(profiles, id, version, ProfileResource.print(as));
    }

    /** The latest version's PDF kept with the client's documents, shown there. */
    @POST
    @Path("document")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public RestResponse<TemplateInstance> keep(@PathParam("id") UUID id, @RestForm String as) {
        try {
            DocumentView kept = profiles.keepAsDocument(id, null, ProfileResource.print(as));
            return Forms.saved("/app/clients/" + id + "#documents", "Kept with the client's documents: "
                    + kept.title());
        } catch (DomainException refused) {
            return Forms.refused(refused, page(id, Forms.errors(refused, LABELS), Map.of()));
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        PARTS.forEach(part -> labels.put(part.key(), part.label()));
        labels.put("writtenOn", "Written with the client on");
        labels.put("version", "The profile");
        return Map.copyOf(labels);
    }

    /** The profile's parts, as {list:profileParts} in the templates. */
    @TemplateExtension(namespace = "list", priority = 9)
    static List<Part> profileParts() {
        return PARTS;
    }

    private TemplateInstance page(UUID id, Map<String, String> errors, Map<String, String> typed) {
        ProfileView latest;
        try {
            latest = profiles.latest(id);
        } catch (RecordNotFound none) {
            latest = null;
        }
        Map<String, String> values = typed.isEmpty() ? shown(latest) : typed;
        return Templates.profile(currentStaff.view(), clientMapper.toView(clients.get(id), LocalDate.now(clock)), latest,
                profiles.versions(id), errors, values);
    }
}
