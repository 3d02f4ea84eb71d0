package io.waymark.profile;

import io.waymark.client.Client;
import io.waymark.client.ClientService;
import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.common.StaleVersion;
import io.waymark.document.DocumentFiles;
import io.waymark.document.DocumentKind;
import io.waymark.document.DocumentRequest;
import io.waymark.document.DocumentService;
import io.waymark.document.DocumentView;
import io.waymark.organisation.OrganisationService;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The vocational profile: written with the client, saved as a new version each time (never changed once saved),
 * printed and made a PDF in their words, leaving out the conditions they chose not to tell employers about; a PDF
 * kept with their documents on request.
 */
@ApplicationScoped
public class ProfileService {

    /** The number of the client's ({@code :client}) latest profile, 0 before the first: for the client's page. */
    public static final String LATEST_OF_CLIENT = """
            select coalesce(max(p.number), 0) from vocational_profile p
            where p.organisation_code = :organisation and p.client_id = :client""";

    @Inject
    ClientService clients;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OrganisationService organisations;

    @Inject
    DocumentService documents;

    @Inject
    Clock clock;

    /** What a print is for: the profile to share, or a CV made from it. */
    public enum Print {
        PROFILE, CV
    }

    public ProfileView latest(UUID clientId) {
        clients.get(clientId);
        VocationalProfile latest = VocationalProfile.find("clientId = ?1 order by number desc", clientId).firstResult();
        if (latest == null) {
            throw new RecordNotFound("Vocational profile of client", clientId);
        }
        return view(latest);
    }

    public ProfileView version(UUID clientId, int number) {
        clients.get(clientId);
        VocationalProfile profile = VocationalProfile.find("clientId = ?1 and number = ?2", clientId, number)
                .firstResult();
        if (profile == null) {
            throw new RecordNotFound("Vocational profile version", number);
        }
        return view(profile);
    }

    /** Every version in full, newest first: for subject access. */
    public List<ProfileView> history(UUID clientId) {
        return VocationalProfile.<VocationalProfile>list("clientId = ?1 order by number desc", clientId).stream()
                .map(this::view).toList();
    }

    /** Every version, newest first. */
    public List<ProfileView.Version> versions(UUID clientId) {
        clients.get(clientId);
        return VocationalProfile.<VocationalProfile>list("clientId = ?1 order by number desc", clientId).stream()
                .map(p -> new ProfileView.Version(p.number, p.writtenOn, name(p.writtenBy))).toList();
    }

    /**
     * A new version, based on the latest the worker saw ({@code basedOn}, 0 before the first): two saves based on
     * the same one make one version, the other is refused (409), as an If-Match.
     */
    @Transactional
    public ProfileView write(UUID clientId, ProfileWords words, int basedOn) {
        clients.toAddTo(clientId);
        LocalDate today = LocalDate.now(clock);
        if (words.writtenOn() != null && words.writtenOn().isAfter(today)) {
            throw new InvalidInput("writtenOn", "cannot be in the future");
        }
        if (Stream.of(words.workHistory(), words.education(), words.skills(), words.interests(), words.workWanted(),
                words.hoursWanted(), words.betterOff(), words.travel(), words.conditions(), words.supportAtWork(),
                words.referees()).allMatch(part -> part == null || part.isBlank())) {
            throw new InvalidInput("skills", "write at least one part of the profile with the client");
        }
        Integer latest = VocationalProfile.find("select max(number) from VocationalProfile where clientId = ?1",
                clientId).project(Integer.class).firstResult();
        if ((latest == null ? 0 : latest) != basedOn) {
            throw new StaleVersion();
        }
        VocationalProfile profile = new VocationalProfile();
        profile.clientId = clientId;
        profile.number = basedOn + 1;
        profile.writtenOn = words.writtenOn() == null ? today : words.writtenOn();
        profile.writtenBy = currentStaff.get().id;
        profile.workHistory = kept(words.workHistory());
        profile.education = kept(words.education());
        profile.skills = kept(words.skills());
        profile.interests = kept(words.interests());
        profile.workWanted = kept(words.workWanted());
        profile.hoursWanted = kept(words.hoursWanted());
        profile.betterOff = kept(words.betterOff());
        profile.travel = kept(words.travel());
        profile.conditions = kept(words.conditions());
        profile.shareConditions = words.shareConditions();
        profile.supportAtWork = kept(words.supportAtWork());
        profile.referees = kept(words.referees());
        // Two saves based on the same version: the unique rule refuses the second here, as a 409.
        profile.persistAndFlush();
        return view(profile);
    }

    /** A version (the latest when {@code number} is null) as a PDF, written to {@code out}. */
    public void pdf(UUID clientId, Integer number, Print print, OutputStream out) throws IOException {
        ProfilePdf.write(printed(clientId, number, print), out);
    }

    /** The parts a print shows: never the better-off calculation, the conditions only if the client chose to. */
    ProfilePdf.Printed printed(UUID clientId, Integer number, Print print) {
        Client client = clients.get(clientId);
        ProfileView profile = number == null ? latest(clientId) : version(clientId, number);
        ProfileWords w = profile.words();
        String name = (client.preferredName != null ? client.preferredName : client.firstName) + " "
                + client.lastName;
        List<ProfilePdf.Part> parts = new ArrayList<>();
        if (print == Print.CV) {
            add(parts, "Skills", w.skills());
            add(parts, "Work history", w.workHistory());
            add(parts, "Education and qualifications", w.education());
            add(parts, "Interests", w.interests());
            add(parts, "Referees", w.referees());
            return new ProfilePdf.Printed(name, "Curriculum vitae", parts);
        }
        add(parts, "Work history", w.workHistory());
        add(parts, "Education and qualifications", w.education());
        add(parts, "Skills", w.skills());
        add(parts, "Interests", w.interests());
        add(parts, "The work I want", w.workWanted());
        add(parts, "The hours I want", w.hoursWanted());
        add(parts, "Travel", w.travel());
        if (w.shareConditions()) {
            add(parts, "Conditions and adjustments I want employers to know about", w.conditions());
        }
        add(parts, "Support I need at work", w.supportAtWork());
        add(parts, "Referees", w.referees());
        return new ProfilePdf.Printed("Vocational profile: " + name, "Written with " + name + " on "
                + profile.writtenOn() + " (version " + profile.number() + "), " + organisations.current().name, parts);
    }

    /** The PDF kept with the client's documents, as a vocational profile or a CV. */
    public DocumentView keepAsDocument(UUID clientId, Integer number, Print print) {
        ProfileView profile = number == null ? latest(clientId) : version(clientId, number);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            pdf(clientId, profile.number(), print, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean cv = print == Print.CV;
        String title = (cv ? "CV" : "Vocational profile") + ", version " + profile.number() + " of "
                + profile.writtenOn();
        return DocumentFiles.received(new ByteArrayInputStream(pdf.toByteArray()),
                (cv ? "cv-" : "vocational-profile-") + profile.number() + ".pdf",
                upload -> documents.attach(clientId, new DocumentRequest(cv ? DocumentKind.CV
                        : DocumentKind.VOCATIONAL_PROFILE, title, null, null), upload));
    }

    private static void add(List<ProfilePdf.Part> parts, String heading, String words) {
        if (words != null && !words.isBlank()) {
            parts.add(new ProfilePdf.Part(heading, words));
        }
    }

    private ProfileView view(VocationalProfile p) {
        return new ProfileView(p.clientId, p.number, p.writtenOn, name(p.writtenBy),
                new ProfileWords(p.writtenOn, p.workHistory, p.education, p.skills, p.interests, p.workWanted,
                        p.hoursWanted, p.betterOff, p.travel, p.conditions, p.shareConditions, p.supportAtWork,
                        p.referees));
    }

    private static String name(UUID staffId) {
        Staff staff = Staff.findById(staffId);
        return staff == null ? null : staff.displayName;
    }

    private static String kept(String words) {
        return words == null || words.isBlank() ? null : words.strip();
    }
}
