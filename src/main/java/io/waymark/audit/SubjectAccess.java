package io.waymark.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.actionplan.ActionPlanMapper;
import io.waymark.actionplan.ActionPlanService;
import io.waymark.assessment.AssessmentMapper;
import io.waymark.assessment.BookingService;
import io.waymark.caseload.CaseloadMapper;
import io.waymark.caseload.CaseloadService;
import io.waymark.client.Client;
import io.waymark.client.ClientMapper;
import io.waymark.client.ClientMergeService;
import io.waymark.client.ClientService;
import io.waymark.common.StreamedBody;
import io.waymark.contact.Contact;
import io.waymark.contact.ContactMapper;
import io.waymark.contact.ContactService;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.document.DocumentService;
import io.waymark.document.DocumentView;
import io.waymark.message.ClientMessages;
import io.waymark.organisation.OrganisationService;
import io.waymark.outcome.JobMatchMapper;
import io.waymark.outcome.JobMatchService;
import io.waymark.outcome.OutcomeMapper;
import io.waymark.outcome.OutcomeService;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.StageMoveMapper;
import io.waymark.profile.ProfileService;
import io.waymark.progression.ProgressionService;
import io.waymark.progression.SelfAssessmentService;
import io.waymark.referral.ReferralService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.resteasy.reactive.RestResponse;

/** Subject access: one request gathers everything held about a client, through each feature's own service. */
@ApplicationScoped
public class SubjectAccess {

    private static final int BATCH = 500;

    @Inject ClientService clients;
    @Inject ClientMapper clientMapper;
    @Inject ClientMergeService merges;
    @Inject PathwayService pathway;
    @Inject StageMoveMapper stageMoveMapper;
    @Inject ContactService contacts;
    @Inject ContactMapper contactMapper;
    @Inject CaseloadService caseloads;
    @Inject CaseloadMapper caseloadMapper;
    @Inject JobMatchService jobMatches;
    @Inject JobMatchMapper jobMatchMapper;
    @Inject OutcomeService outcomes;
    @Inject OutcomeMapper outcomeMapper;
    @Inject ActionPlanService plans;
    @Inject ActionPlanMapper planMapper;
    @Inject BookingService bookings;
    @Inject AssessmentMapper assessmentMapper;
    @Inject AuditTrail trail;
    @Inject AuditMapper auditMapper;
    @Inject OrganisationService organisations;
    @Inject SecurityIdentity identity;
    @Inject Clock clock;
    @Inject CustomFieldService fields;
    @Inject ReferralService referrals;
    @Inject ClientMessages messages;
    @Inject DocumentService documents;
    @Inject ProfileService profiles;
    @Inject ProgressionService progressions;
    @Inject SelfAssessmentService selfAssessments;
    @Inject ObjectMapper json;

    /**
     * The export as a zip, to send to the person: the export as JSON, and every file of every document, each
     * download of which is in the audit trail. Written as it is read: the files are never all in memory.
     */
    @Transactional
    public StreamedBody zip(UUID clientId) {
        SubjectAccessExport export = export(clientId);
        List<String> names = new ArrayList<>();
        List<DocumentService.Download> files = new ArrayList<>();
        int n = 0;
        for (DocumentView document : export.documents()) {
            n++;
            for (DocumentView.FileView file : document.files()) {
                names.add(String.format("documents/%02d-%d-%s", n, file.number(), file.fileName()));
                files.add(documents.open(document.id(), file.number()));
            }
        }
        return new StreamedBody(out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry("subject-access.json"));
            json.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(zip, export);
            zip.closeEntry();
            for (int i = 0; i < files.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                files.get(i).writer().writeTo(zip);
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** The zip as a download that is never cached. */
    static RestResponse<StreamedBody> download(StreamedBody zip, UUID clientId) {
        return RestResponse.ResponseBuilder.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + clientId + ".zip\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The export; producing it is itself a read of the record, so it is in the trail it contains. */
    @Transactional
    public SubjectAccessExport export(UUID clientId) {
        Client client = clients.get(clientId);
        LocalDate today = LocalDate.now(clock);
        List<Contact> allContacts = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Contact> batch = contacts.list(clientId, page, BATCH).items();
            allContacts.addAll(batch);
            if (batch.size() < BATCH) {
                break;
            }
        }
        List<AuditEventView> audit = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<AuditEvent> batch = trail.search(clientId, null, null, null, page, BATCH);
            batch.forEach(e -> audit.add(auditMapper.toView(e)));
            if (batch.size() < BATCH) {
                break;
            }
        }
        return new SubjectAccessExport(OffsetDateTime.now(clock), identity.getPrincipal().getName(),
                organisations.current().name, clientMapper.toView(client, today),
                fields.shown(FieldRecord.CLIENT, client.custom),
                pathway.history(clientId).stream().map(stageMoveMapper::toView).toList(),
                allContacts.stream().map(contactMapper::toView).toList(),
                contacts.planned(clientId),
                caseloads.history(clientId).stream().map(caseloadMapper::toView).toList(),
                jobMatches.stepsOf(jobMatches.list(clientId)).entrySet().stream()
                        .map(m -> jobMatchMapper.toView(m.getKey(), m.getValue())).toList(),
                outcomes.list(clientId).stream().map(o -> outcomeMapper.toView(o, today)).toList(),
                outcomes.removals(clientId).stream().map(outcomeMapper::toView).toList(),
                plans.plan(clientId).stream().map(g -> planMapper.toView(g, today)).toList(),
                bookings.forClient(clientId).stream().map(assessmentMapper::toView).toList(),
                merges.history(clientId).stream().map(clientMapper::toView).toList(),
                referrals.ofClient(clientId), messages.of(clientId), documents.of(clientId),
                profiles.history(clientId), progressions.of(clientId),
                selfAssessments.of(clientId), audit);
    }
}
