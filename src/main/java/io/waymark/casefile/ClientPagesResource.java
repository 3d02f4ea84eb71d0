package io.waymark.casefile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.actionplan.ActionPlanService;
import io.waymark.actionplan.GoalRequest;
import io.waymark.assessment.BookingRequest;
import io.waymark.assessment.BookingService;
import io.waymark.assessment.CancellationRequest;
import io.waymark.assessment.RebookingRequest;
import io.waymark.caseload.CaseloadService;
import io.waymark.client.ClientClosure;
import io.waymark.client.ClientErasure;
import io.waymark.client.ClientMergeService;
import io.waymark.client.ClientService;
import io.waymark.client.ConsentWithdrawal;
import io.waymark.client.ErasureRequest;
import io.waymark.client.MergeRequest;
import io.waymark.client.MessageChannel;
import io.waymark.client.MessageConsent;
import io.waymark.client.Stage;
import io.waymark.common.Clocks;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.common.Words;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactRequest;
import io.waymark.contact.ContactService;
import io.waymark.contact.PlannedContactRequest;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.customfield.OwnFieldsForm;
import io.waymark.document.DocumentFiles;
import io.waymark.document.DocumentKind;
import io.waymark.document.DocumentRequest;
import io.waymark.document.DocumentService;
import io.waymark.document.DocumentView;
import io.waymark.outcome.AnswerForm;
import io.waymark.outcome.JobForm;
import io.waymark.outcome.JobMatchService;
import io.waymark.outcome.OutcomeRequest;
import io.waymark.outcome.OutcomeService;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.StageMoveRequest;
import io.waymark.progression.ProgressionKind;
import io.waymark.progression.ProgressionRequest;
import io.waymark.progression.ProgressionService;
import io.waymark.progression.SelfAssessmentRequest;
import io.waymark.progression.SelfAssessmentService;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A client's page: their case file, and the acts on it (contacts, stage moves, jobs, goals, bookings, assignment,
 * consent, merges, erasure) through the same services and rules as the API. Each form posts back here; a refused
 * one comes back with what was typed and what to fix.
 */
@Path("/app/clients/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ClientPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance client(StaffView me, ClientFile file, TimelineKind show,
                Map<String, String> errors, Map<String, String> values);
    }

    /** Each field of the client page's forms by the id it has on the page, with the label the page shows. */
    private static final Map<String, String> CLIENT_PAGE_LABELS = withJobLabels(
            Map.entry("contactDate", "Date of the contact"), Map.entry("contactTime", "Time"),
            Map.entry("happenedAt", "Date of the contact"), Map.entry("closureReason", "Why the case closes"),
            Map.entry("closedOn", "Closed on"),
            Map.entry("channel", "How"), Map.entry("durationMinutes", "Minutes"), Map.entry("notes", "Notes"),
            Map.entry("plannedDate", "Date"), Map.entry("plannedTime", "Time"), Map.entry("plannedChannel", "How"),
            Map.entry("purpose", "Purpose"),
            Map.entry("toStage", "Move to"), Map.entry("reason", "Reason"), Map.entry("goal", "Goal"),
            Map.entry("objectives", "Objectives"), Map.entry("targetDate", "Target date"),
            Map.entry("reviewDate", "Review date"), Map.entry("workerId", "Worker"), Map.entry("slotId", "Book a free slot"),
            Map.entry("withdrawnOn", "Withdrawn on"), Map.entry("withdrawal-confirm", "Confirm"),
            Map.entry("merge-reference", "Duplicate's reference"), Map.entry("merge-reason", "Why they are the same person"),
            Map.entry("merge-confirm", "Confirm"), Map.entry("erasure-note", "Erasure request: how it came"),
            Map.entry("erasure-confirm", "Confirm"), Map.entry("channels", "The client agreed to be sent"),
            Map.entry("documentFile", "File"), Map.entry("documentKind", "What it is"),
            Map.entry("documentTitle", "Title"), Map.entry("documentAbout", "About"),
            Map.entry("documents", "Document"),
            Map.entry("progressionKind", "Kind of progression"), Map.entry("progressionWhat", "What it was"),
            Map.entry("progressionOn", "Started, completed or gained on"), Map.entry("progressionEnded", "Ended on"),
            Map.entry("progressionHours", "Hours a week"), Map.entry("progressions", "Progression"),
            Map.entry("assessedOn", "Scored on"), Map.entry("confidence", "Confidence about working"),
            Map.entry("jobSearch", "Job-search skills"), Map.entry("healthAtWork", "Managing health at work"),
            Map.entry("travel", "Getting to work"));

    /** The progression form's fields by the API's names. */
    private static final Map<String, String> PROGRESSION_FIELDS = Map.of("kind", "progressionKind", "what",
            "progressionWhat", "happenedOn", "progressionOn", "endedOn", "progressionEnded", "hoursPerWeek",
            "progressionHours");

    /** The document form's fields by the service's names. */
    private static final Map<String, String> DOCUMENT_FIELDS = Map.of("file", "documentFile", "kind", "documentKind",
            "title", "documentTitle", "jobOutcomeId", "documentAbout", "followUpId", "documentAbout");

    private static Map<String, String> withJobLabels(Map.Entry<String, String>... entries) {
        Map<String, String> labels = new HashMap<>(JobForm.LABELS);
        labels.putAll(Map.ofEntries(entries));
        return Map.copyOf(labels);
    }

    @Inject
    CustomFieldService fields;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ClientFileQuery files;

    @Inject
    ClientMergeService merges;

    @Inject
    ClientErasure erasure;

    @Inject
    ClientService clients;

    @Inject
    OutcomeService outcomes;

    @Inject
    ActionPlanService plans;

    @Inject
    PathwayService pathway;

    @Inject
    ContactService contacts;

    @Inject
    BookingService bookings;

    @Inject
    CaseloadService caseloads;

    @Inject
    JobMatchService jobMatches;

    @Inject
    DocumentService documents;

    @Inject
    ProgressionService progressions;

    @Inject
    SelfAssessmentService selfAssessments;

    @Inject
    Clock clock;

    /** A client's page, read in one transaction: its score of queries share one connection. */
    @GET
    @Transactional
    public RestResponse<TemplateInstance> client(@PathParam("id") UUID id, @RestQuery String show,
            @RestQuery String fromMatch) {
        TimelineKind kind;
        try {
            kind = show == null || show.isBlank() ? TimelineKind.ALL : TimelineKind.valueOf(show);
        } catch (IllegalArgumentException unknown) {
            kind = TimelineKind.ALL;
        }
        // After an accepted offer, the job's form starts from the opportunity.
        UUID match = Params.uuid("fromMatch", fromMatch);
        Map<String, String> values = match == null ? Map.of()
                : JobForm.of(jobMatches.get(id, match), LocalDate.now(clock)).values();
        return page(Templates.client(currentStaff.view(), files.of(id), kind, Map.of(), values));
    }

    /** The client's contacts as a CSV or Excel file (the links below the timeline), as the API gives them. */
    @GET
    @Path("contacts/export")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public Response exportContacts(@PathParam("id") UUID id, @RestQuery String format) {
        return Spreadsheet.download(format, as -> contacts.export(id, as));
    }

    /** The client's jobs as a CSV or Excel file (the links below the jobs), as the API gives them. */
    @GET
    @Path("outcomes/export")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.FIND_CLIENTS)
    public Response exportJobs(@PathParam("id") UUID id, @RestQuery String format) {
        return Spreadsheet.download(format, as -> outcomes.export(id, as));
    }

    @POST
    @Path("contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_CONTACT)
    public RestResponse<TemplateInstance> addContact(@PathParam("id") UUID id, @RestForm String contactDate,
            @RestForm String contactTime, @RestForm String channel, @RestForm String durationMinutes,
            @RestForm String notes) {
        Map<String, String> values = Map.of("contactDate", Forms.typed(contactDate), "contactTime", Forms.typed(contactTime),
                "channel", Forms.typed(channel), "durationMinutes", Forms.typed(durationMinutes), "notes", Forms.typed(notes));
        // A contact on an earlier day says when it was saved for; today's is simply saved.
        boolean earlierDay = contactDate != null && !contactDate.isBlank()
                && !contactDate.strip().equals(LocalDate.now(clock.withZone(Clocks.UK)).toString());
        return submit(id, values, "Contact saved" + (earlierDay ? " for " + contactDate + " " + Forms.typed(contactTime) : ""), () -> {
            LocalDate day = Params.date("contactDate", contactDate);
            LocalTime time = Forms.time("contactTime", contactTime);
            if (day != null && time == null) {
                throw new InvalidInput("contactTime", "give the time of the contact, like 14:30");
            }
            ContactRequest request = new ContactRequest(day == null ? null : day.atTime(time).atZone(Clocks.UK).toOffsetDateTime(),
                    Params.enumValue(ContactChannel.class, "channel", channel), Forms.integer("durationMinutes", durationMinutes),
                    null, notes);
            Forms.validate(request);
            contacts.record(id, request);
        });
    }

    /** The case closes, for a reason, from a date (today when left empty). */
    @POST
    @Path("closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.CLOSE_CASE)
    public RestResponse<TemplateInstance> close(@PathParam("id") UUID id, @RestForm String closureReason,
            @RestForm String closedOn) {
        return submit(id, Map.of("closureReason", Forms.typed(closureReason), "closedOn", Forms.typed(closedOn)),
                "Case closed", () -> {
                    ClientClosure closure = new ClientClosure(
                            Forms.optional(closureReason),
                            Params.date("closedOn", closedOn));
                    Forms.validate(closure, Map.of("reason", "closureReason"));
                    clients.close(id, closure);
                });
    }

    @POST
    @Path("stage-moves")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MOVE_STAGE)
    public RestResponse<TemplateInstance> moveStage(@PathParam("id") UUID id, @RestForm String toStage,
            @RestForm String reason) {
        Map<String, String> values = Map.of("toStage", Forms.typed(toStage), "reason", Forms.typed(reason));
        return submit(id, values, "Stage moved to " + stageName(toStage), () -> {
            StageMoveRequest request = new StageMoveRequest(Params.enumValue(Stage.class, "toStage", toStage), null, reason);
            Forms.validate(request);
            pathway.move(id, request);
        });
    }

    @POST
    @Path("planned-contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.PLAN_CONTACT)
    public RestResponse<TemplateInstance> planContact(@PathParam("id") UUID id, @RestForm String plannedDate,
            @RestForm String plannedTime, @RestForm String plannedChannel, @RestForm String purpose) {
        Map<String, String> values = Map.of("plannedDate", Forms.typed(plannedDate), "plannedTime", Forms.typed(plannedTime),
                "plannedChannel", Forms.typed(plannedChannel), "purpose", Forms.typed(purpose));
        return submit(id, values, "Contact planned for " + Forms.typed(plannedDate) + " " + Forms.typed(plannedTime), () -> {
            LocalDate day = Params.date("plannedDate", plannedDate);
            if (day == null) {
                throw new InvalidInput("plannedDate", "this is required");
            }
            LocalTime time = Forms.time("plannedTime", plannedTime);
            PlannedContactRequest request = new PlannedContactRequest(
                    day.atTime(time != null ? time : LocalTime.of(9, 0)).atZone(Clocks.UK).toOffsetDateTime(),
                    Params.enumValue(ContactChannel.class, "plannedChannel", plannedChannel), purpose);
            Forms.validate(request, Map.of("plannedFor", "plannedDate"));
            contacts.plan(id, request);
        });
    }

    @POST
    @Path("goals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ADD_GOAL)
    public RestResponse<TemplateInstance> addGoal(@PathParam("id") UUID id, @RestForm String goal,
            @RestForm String objectives, @RestForm String targetDate, @RestForm String reviewDate) {
        Map<String, String> values = Map.of("goal", Forms.typed(goal), "objectives", Forms.typed(objectives),
                "targetDate", Forms.typed(targetDate), "reviewDate", Forms.typed(reviewDate));
        return submit(id, values, "Goal added: " + Forms.typed(goal), () -> {
            GoalRequest request = new GoalRequest(goal, objectives, Params.date("targetDate", targetDate),
                    Params.date("reviewDate", reviewDate), null);
            Forms.validate(request);
            plans.add(id, request);
        });
    }

    @POST
    @Path("outcomes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> recordOutcome(@PathParam("id") UUID id, @RestForm String type,
            @RestForm String employerId, @RestForm String jobTitle, @RestForm String sector,
            @RestForm String contractType, @RestForm String startDate, @RestForm String hoursPerWeek,
            @RestForm String hourlyPay, @RestForm String apprentice, @RestForm String jobMatchId,
            @RestForm List<String> customKey, @RestForm List<String> customValue, @RestForm List<String> customChoice) {
        JobForm form = new JobForm(type, employerId, jobTitle, sector, contractType, startDate, hoursPerWeek, hourlyPay,
                apprentice, jobMatchId, OwnFieldsForm.values(customKey, customValue, customChoice));
        return Forms.act(() -> {
            OutcomeRequest request = form.request();
            Forms.validate(request);
            outcomes.record(id, request);
        }, "/app/clients/" + id, "Job outcome recorded: " + Forms.typed(jobTitle),
                fields.labels(FieldRecord.JOB_OUTCOME, CLIENT_PAGE_LABELS), errors -> clientPage(id, errors, form.values()));
    }

    @POST
    @Path("outcomes/{outcomeId}/follow-ups/{followUpId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ANSWER_FOLLOW_UP)
    public RestResponse<TemplateInstance> answerFollowUp(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId,
            @PathParam("followUpId") UUID followUpId, @RestForm String answer, @RestForm String hoursPerWeek,
            @RestForm String notInEmploymentSince, @RestForm String verifiedBy, @RestForm String reason) {
        AnswerForm form = new AnswerForm(followUpId, answer, hoursPerWeek, notInEmploymentSince, verifiedBy, reason);
        Map<String, String> labels = new HashMap<>(CLIENT_PAGE_LABELS);
        labels.put(form.id(), "Sustainment check");
        return Forms.act(() -> form.answer(request -> outcomes.answer(id, outcomeId, followUpId, request)),
                "/app/clients/" + id, "Sustainment check answered", labels, errors -> clientPage(id, errors, form.values()));
    }

    /** Team leads and admins give the case to a worker of the client's team (an assignment or a transfer). */
    @POST
    @Path("assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ASSIGN_CLIENT)
    public RestResponse<TemplateInstance> assign(@PathParam("id") UUID id, @RestForm String workerId) {
        return submit(id, Map.of("workerId", Forms.typed(workerId)),
                "Case assigned", () -> caseloads.assign(id, Forms.chosen("workerId", workerId, "choose a worker"),
                        "Transferred from the client's page"));
    }

    @POST
    @Path("bookings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.BOOK_ASSESSMENT)
    public RestResponse<TemplateInstance> book(@PathParam("id") UUID id, @RestForm String slotId) {
        return submit(id, Map.of("slotId", Forms.typed(slotId)), "Health and wellbeing assessment booked", () -> {
            bookings.book(new BookingRequest(Forms.chosen("slotId", slotId, "choose a slot"), id));
        });
    }

    /** A live booking moves to another free slot: both happen, or neither. */
    @POST
    @Path("bookings/{bookingId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.CHANGE_BOOKING)
    public RestResponse<TemplateInstance> moveBooking(@PathParam("id") UUID id, @PathParam("bookingId") UUID bookingId,
            @RestForm String slotId) {
        String field = "move-" + bookingId;
        Map<String, String> labels = new HashMap<>(CLIENT_PAGE_LABELS);
        labels.put(field, "Move to");
        return Forms.act(() -> Forms.at(field, () -> bookings.rebook(bookingId,
                        new RebookingRequest(Forms.chosen(field, slotId, "choose a free slot")))), "/app/clients/" + id, "Assessment moved", labels, errors -> clientPage(id, errors, Map.of(field, Forms.typed(slotId))));
    }

    @POST
    @Path("bookings/{bookingId}/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.CHANGE_BOOKING)
    public RestResponse<TemplateInstance> cancelBooking(@PathParam("id") UUID id,
            @PathParam("bookingId") UUID bookingId, @RestForm String reason) {
        String field = "cancel-" + bookingId;
        Map<String, String> labels = new HashMap<>(CLIENT_PAGE_LABELS);
        labels.put(field, "Why it is cancelled");
        return Forms.act(() -> {
            CancellationRequest request = new CancellationRequest(reason);
            Forms.validate(request, Map.of("reason", field));
            bookings.cancel(bookingId, request);
        }, "/app/clients/" + id, "Assessment cancelled", labels, errors -> clientPage(id, errors, Map.of(field, Forms.typed(reason))));
    }

    /** The client page's forms: post/redirect/get with what was saved, or the page again with the errors. */
    private RestResponse<TemplateInstance> submit(UUID id, Map<String, String> values, String saved, Runnable change) {
        return Forms.act(change, "/app/clients/" + id, saved, CLIENT_PAGE_LABELS, errors -> clientPage(id, errors, values));
    }

    /** An administrator merges a duplicate (by its reference) into this record, once they have confirmed it. */
    @POST
    @Path("merges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MERGE_CLIENTS)
    public RestResponse<TemplateInstance> merge(@PathParam("id") UUID id, @RestForm String reference,
            @RestForm String reason, @RestForm String confirm) {
        Map<String, String> values = Map.of("merge-reference", Forms.typed(reference), "merge-reason", Forms.typed(reason));
        return submit(id, values, "Record " + Forms.typed(reference).strip() + " merged into this one", () -> {
            MergeRequest request = new MergeRequest(clients.byReference("merge-reference", reference).id, reason);
            Forms.validate(request, Map.of("reason", "merge-reason"));
            Forms.confirmed(confirm, "merge-confirm", "merge the two records");
            merges.merge(id, request);
        });
    }

    /** The ways the client agreed to be messaged (booking confirmations and reminders), the whole set. */
    @POST
    @Path("message-consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.EDIT_CLIENT)
    public RestResponse<TemplateInstance> agreeToMessages(@PathParam("id") UUID id, @RestForm List<String> channels,
            @RestForm String version) {
        Map<String, String> values = Map.of("channelsSent", "yes", "channels",
                channels == null ? "" : String.join(",", channels));
        return submit(id, values, "Saved: the client is sent messages " + (channels == null || channels.isEmpty()
                ? "by no channel" : "by " + String.join(" and ", channels).replace("EMAIL", "email")
                        .replace("TEXT", "text message")), () -> clients.agreeToMessages(id, Params.version(version),
                new MessageConsent(Params.enumValues(MessageChannel.class, "channels", channels))));
    }

    /** The client withdraws their consent; the case closes from that day, once the worker has confirmed it. */
    @POST
    @Path("consent-withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.WITHDRAW_CONSENT)
    public RestResponse<TemplateInstance> withdrawConsent(@PathParam("id") UUID id, @RestForm String withdrawnOn,
            @RestForm String confirm) {
        return submit(id, Map.of("withdrawnOn", Forms.typed(withdrawnOn)),
                "Withdrawal of consent recorded: the case is closed", () -> {
                    ConsentWithdrawal withdrawal = new ConsentWithdrawal(Params.date("withdrawnOn", withdrawnOn));
                    Forms.validate(withdrawal);
                    Forms.confirmed(confirm, "withdrawal-confirm", "close the case");
                    clients.withdrawConsent(id, withdrawal);
                });
    }

    /** An administrator erases a closed case on the client's request, once they have confirmed it. */
    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ERASE_CLIENT)
    public RestResponse<TemplateInstance> erase(@PathParam("id") UUID id, @RestForm String note,
            @RestForm String confirm) {
        return submit(id, Map.of("erasure-note", Forms.typed(note)),
                "Erased: who this was and what was written about them", () -> {
                    ErasureRequest request = new ErasureRequest(note);
                    Forms.validate(request, Map.of("note", "erasure-note"));
                    Forms.confirmed(confirm, "erasure-confirm", "erase this record");
                    erasure.onRequest(id, request);
                });
    }

    /** A progression besides paid work: a placement, a course, a qualification. */
    @POST
    @Path("progressions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> recordProgression(@PathParam("id") UUID id, @RestForm String kind,
            @RestForm String what, @RestForm String happenedOn, @RestForm String endedOn,
            @RestForm String hoursPerWeek) {
        Map<String, String> values = Map.of("progressionKind", Forms.typed(kind), "progressionWhat", Forms.typed(what),
                "progressionOn", Forms.typed(happenedOn), "progressionEnded", Forms.typed(endedOn),
                "progressionHours", Forms.typed(hoursPerWeek));
        return submit(id, values, "Progression recorded: " + Forms.typed(what).strip(),
                () -> Forms.renamed(PROGRESSION_FIELDS, () -> {
                    ProgressionRequest request = new ProgressionRequest(Params.enumValue(ProgressionKind.class, "kind",
                            kind), what, Params.date("happenedOn", happenedOn), Params.date("endedOn", endedOn),
                            Forms.decimal("hoursPerWeek", hoursPerWeek));
                    Forms.validate(request);
                    progressions.record(id, request);
                }));
    }

    /** The client's own scores of where they are on the way to work: the distance travelled. */
    @POST
    @Path("self-assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> recordSelfAssessment(@PathParam("id") UUID id, @RestForm String assessedOn,
            @RestForm String confidence, @RestForm String jobSearch, @RestForm String healthAtWork,
            @RestForm String travel) {
        Map<String, String> values = Map.of("assessedOn", Forms.typed(assessedOn), "confidence", Forms.typed(confidence),
                "jobSearch", Forms.typed(jobSearch), "healthAtWork", Forms.typed(healthAtWork),
                "travel", Forms.typed(travel));
        return submit(id, values, "Self-assessment recorded", () -> {
            SelfAssessmentRequest request = new SelfAssessmentRequest(Params.date("assessedOn", assessedOn),
                    Forms.integer("confidence", confidence), Forms.integer("jobSearch", jobSearch),
                    Forms.integer("healthAtWork", healthAtWork), Forms.integer("travel", travel));
            Forms.validate(request);
            selfAssessments.record(id, request);
        });
    }

    /** A progression recorded in error, removed once the worker has ticked that they mean it. */
    @POST
    @Path("progressions/{progressionId}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> removeProgression(@PathParam("id") UUID id,
            @PathParam("progressionId") UUID progressionId, @RestForm String version, @RestForm String confirm) {
        return submit(id, Map.of(), "Progression removed as recorded in error", () -> Forms.at("progressions", () -> {
            Forms.confirmed(confirm, "progressions", "remove it as recorded in error");
            progressions.remove(id, progressionId, Params.version(version));
        }));
    }

    /** A document attached from the client's page: about the client, one of their jobs, or one of its checks. */
    @POST
    @Path("documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public RestResponse<TemplateInstance> attachDocument(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm String kind, @RestForm String title, @RestForm String about) {
        Map<String, String> values = Map.of("documentKind", Forms.typed(kind), "documentTitle", Forms.typed(title),
                "documentAbout", Forms.typed(about));
        try {
            DocumentView[] attached = new DocumentView[1];
            Forms.renamed(DOCUMENT_FIELDS, () -> {
                String[] chosen = Forms.typed(about).split(":", 2);
                UUID job = chosen[0].equals("job") ? Params.uuid("jobOutcomeId", chosen[1]) : null;
                UUID check = chosen[0].equals("check") ? Params.uuid("followUpId", chosen[1]) : null;
                attached[0] = documents.attach(id, new DocumentRequest(Params.enumValue(DocumentKind.class, "kind",
                        kind), title, job, check), DocumentFiles.upload(file));
            });
            DocumentView.FileView first = attached[0].files().get(0);
            return Forms.saved("/app/clients/" + id + "#documents", "Attached: " + attached[0].title() + " ("
                    + first.fileName() + ", " + first.size() + ")");
        } catch (DomainException refused) {
            Map<String, String> errors = new LinkedHashMap<>(Forms.errors(refused, CLIENT_PAGE_LABELS));
            if (file != null && !errors.containsKey("documentFile")) {
                // A browser never puts a chosen file back into a form: say so, rather than lose it silently.
                errors.put("documentFile", "File: choose the file again; a browser does not keep it when a form"
                        + " comes back");
            }
            return Forms.refused(refused, clientPage(id, errors, values));
        }
    }

    /** A newer file for a document; the earlier ones are kept. */
    @POST
    @Path("documents/{documentId}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public RestResponse<TemplateInstance> replaceDocument(@PathParam("id") UUID id,
            @PathParam("documentId") UUID documentId, @RestForm("file") FileUpload file, @RestForm String version) {
        try {
            DocumentView[] replaced = new DocumentView[1];
            Forms.at("documents", () -> replaced[0] = documents.replace(documentId, DocumentFiles.upload(file),
                    Params.version(version)));
            DocumentView.FileView newest = replaced[0].files().get(0);
            return Forms.saved("/app/clients/" + id + "#documents", "Replaced: " + replaced[0].title() + " is now "
                    + newest.fileName() + " (" + newest.size() + "); the earlier files are kept");
        } catch (DomainException refused) {
            return Forms.refused(refused, clientPage(id, Forms.errors(refused, CLIENT_PAGE_LABELS), Map.of()));
        }
    }

    /** A document and all its files removed, once the worker has ticked that they mean it. */
    @POST
    @Path("documents/{documentId}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ATTACH_DOCUMENT)
    public RestResponse<TemplateInstance> removeDocument(@PathParam("id") UUID id,
            @PathParam("documentId") UUID documentId, @RestForm String version, @RestForm String confirm,
            @RestForm String title) {
        return Forms.act(() -> Forms.at("documents", () -> {
            Forms.confirmed(confirm, "documents", "remove the document and all its files");
            documents.remove(documentId, Params.version(version));
        }), "/app/clients/" + id + "#documents", "Removed: " + Forms.typed(title) + ", with all its files",
                CLIENT_PAGE_LABELS, errors -> clientPage(id, errors, Map.of()));
    }

    private TemplateInstance clientPage(UUID id, Map<String, String> errors, Map<String, String> values) {
        return Templates.client(currentStaff.view(), files.of(id), TimelineKind.ALL, errors, values);
    }

    private static RestResponse<TemplateInstance> page(TemplateInstance page) {
        return RestResponse.ResponseBuilder.ok(page).build();
    }

    private static String stageName(String stage) {
        try {
            return Words.of(Stage.valueOf(stage));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return "";
        }
    }
}
