package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.actionplan.ActionPlanMapper;
import io.waymark.actionplan.ActionPlanService;
import io.waymark.actionplan.GoalRequest;
import io.waymark.assessment.AssessmentMapper;
import io.waymark.assessment.BookingRequest;
import io.waymark.assessment.BookingService;
import io.waymark.assessment.SlotService;
import io.waymark.caseload.CaseloadMapper;
import io.waymark.caseload.CaseloadRatios;
import io.waymark.caseload.CaseloadService;
import io.waymark.client.Client;
import io.waymark.client.ClientErasure;
import io.waymark.client.ClientMapper;
import io.waymark.client.ClientMergeService;
import io.waymark.client.ClientService;
import io.waymark.client.ConsentWithdrawal;
import io.waymark.client.ErasureRequest;
import io.waymark.client.MergeRequest;
import io.waymark.common.Clocks;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.Words;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactMapper;
import io.waymark.contact.ContactRequest;
import io.waymark.contact.ContactService;
import io.waymark.contact.PlannedContactRequest;
import io.waymark.employer.EmployerService;
import io.waymark.outcome.ContractType;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.FollowUpAnswerRequest;
import io.waymark.outcome.JobOutcome;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.outcome.OutcomeMapper;
import io.waymark.outcome.OutcomeRequest;
import io.waymark.outcome.OutcomeService;
import io.waymark.outcome.OutcomeType;
import io.waymark.outcome.Verification;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.Stage;
import io.waymark.pathway.StageMoveMapper;
import io.waymark.pathway.StageMoveRequest;
import io.waymark.security.Act;
import io.waymark.security.Can;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.staff.StaffMapper;
import io.waymark.team.TeamRole;
import io.waymark.team.TeamService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The worker's pages, over the same services as the API. Forms post back here; a refused change re-renders the
 * page with each error next to its field and the text the user typed kept.
 */
@Path("/app")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PagesResource {

    /** Each field of the client page's forms by the id it has on the page, with the label the page shows. */
    private static final Map<String, String> CLIENT_PAGE_LABELS = Map.ofEntries(
            Map.entry("channel", "How"), Map.entry("durationMinutes", "Minutes"), Map.entry("notes", "Notes"),
            Map.entry("plannedDate", "Date"), Map.entry("plannedTime", "Time"), Map.entry("plannedChannel", "How"),
            Map.entry("purpose", "Purpose"),
            Map.entry("toStage", "Move to"), Map.entry("reason", "Reason"), Map.entry("goal", "Goal"),
            Map.entry("objectives", "Objectives"), Map.entry("targetDate", "Target date"),
            Map.entry("reviewDate", "Review date"), Map.entry("type", "Outcome"), Map.entry("employerId", "Employer"),
            Map.entry("jobTitle", "Job title"), Map.entry("sector", "Sector"), Map.entry("contractType", "Contract"),
            Map.entry("startDate", "Start date"), Map.entry("hoursPerWeek", "Hours a week"),
            Map.entry("hourlyPay", "Pay an hour"), Map.entry("workerId", "Worker"), Map.entry("slotId", "Book a free slot"),
            Map.entry("withdrawnOn", "Withdrawn on"), Map.entry("withdrawal-confirm", "Confirm"),
            Map.entry("merge-reference", "Duplicate's reference"), Map.entry("merge-reason", "Why they are the same person"),
            Map.entry("merge-confirm", "Confirm"), Map.entry("erasure-note", "Erasure request: how it came"),
            Map.entry("erasure-confirm", "Confirm"));

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    ClientMergeService merges;

    @Inject
    ClientErasure erasure;

    @Inject
    SecurityIdentity identity;

    @Inject
    ClientService clients;

    @Inject
    ClientMapper clientMapper;

    @Inject
    CaseloadRatios ratios;

    @Inject
    OutcomeService outcomes;

    @Inject
    ActionPlanService plans;

    @Inject
    PathwayService pathway;

    @Inject
    StageMoveMapper stageMoveMapper;

    @Inject
    ContactService contacts;

    @Inject
    ContactMapper contactMapper;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookings;

    @Inject
    AssessmentMapper assessmentMapper;

    @Inject
    OutcomeMapper outcomeMapper;

    @Inject
    ActionPlanMapper planMapper;

    @Inject
    CaseloadService caseloads;

    @Inject
    CaseloadMapper caseloadMapper;

    @Inject
    TeamService teams;

    @Inject
    EmployerService employers;

    @Inject
    StaffMapper staffMapper;

    @Inject
    Clock clock;

    /** Where signing in lands: each role's own page ({@link Can#homePage()}). */
    @GET
    public RestResponse<Void> home() {
        return RestResponse.seeOther(URI.create(Can.of(identity.getRoles()).homePage()));
    }

    /** "Today": the worker's caseload, checks and reviews due, read in one transaction (one connection). */
    @GET
    @Path("today")
    @Transactional
    @PermissionsAllowed(Act.KEEP_CASELOAD)
    public RestResponse<TemplateInstance> today(@QueryParam("stage") String stage) {
        Staff me = currentStaff.get();
        Stage only = Params.enumValue(Stage.class, "stage", stage);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, LocalDate> nextReviews = plans.nextReviews(me);
        List<Client> caseload = clients.caseloadOf(me);
        Map<UUID, OffsetDateTime> lastContacts = contacts.lastContacts(caseload);
        Set<UUID> booked = Set.copyOf(bookings.clientsBookedOf(me));
        List<WebPages.MyClient> mine = caseload.stream()
                .filter(c -> only == null || c.currentStage == only)
                .map(c -> new WebPages.MyClient(c.id.toString(), c.reference, c.firstName + " " + c.lastName,
                        c.currentStage, ChronoUnit.DAYS.between(c.stageEnteredOn, today), nextReviews.get(c.id),
                        Optional.ofNullable(lastContacts.get(c.id)).map(t -> t.atZoneSameInstant(Clocks.UK).toLocalDate())
                                .orElse(null),
                        booked.contains(c.id) ? null : c.assessmentDueOn()))
                .toList();
        return page(WebPages.today(currentStaff.view(), ratios.worker(me), mine, Arrays.asList(Stage.values()), only,
                contacts.dueToday(me), outcomes.dueFor(me), plans.reviewsDueFor(me)));
    }

    /** A client's page, read in one transaction: its score of queries share one connection. */
    @GET
    @Path("clients/{id}")
    @Transactional
    public RestResponse<TemplateInstance> client(@PathParam("id") UUID id) {
        return page(clientPage(id, Map.of(), Map.of()));
    }

    @POST
    @Path("clients/{id}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_CONTACT)
    public RestResponse<TemplateInstance> addContact(@PathParam("id") UUID id, @RestForm String channel,
            @RestForm String durationMinutes, @RestForm String notes) {
        Map<String, String> values = Map.of("channel", orEmpty(channel), "durationMinutes", orEmpty(durationMinutes),
                "notes", orEmpty(notes));
        return submit(id, values, "Contact saved", () -> {
            ContactRequest request = new ContactRequest(null, Params.enumValue(ContactChannel.class, "channel", channel), Forms.integer("durationMinutes", durationMinutes),
                    null, notes);
            Forms.validate(request);
            contacts.record(id, request);
        });
    }

    @POST
    @Path("clients/{id}/stage-moves")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MOVE_STAGE)
    public RestResponse<TemplateInstance> moveStage(@PathParam("id") UUID id, @RestForm String toStage,
            @RestForm String reason) {
        Map<String, String> values = Map.of("toStage", orEmpty(toStage), "reason", orEmpty(reason));
        return submit(id, values, "Stage moved to " + stageName(toStage), () -> {
            StageMoveRequest request = new StageMoveRequest(Params.enumValue(Stage.class, "toStage", toStage), null, reason);
            Forms.validate(request);
            pathway.move(id, request);
        });
    }

    @POST
    @Path("clients/{id}/planned-contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.PLAN_CONTACT)
    public RestResponse<TemplateInstance> planContact(@PathParam("id") UUID id, @RestForm String plannedDate,
            @RestForm String plannedTime, @RestForm String plannedChannel, @RestForm String purpose) {
        Map<String, String> values = Map.of("plannedDate", orEmpty(plannedDate), "plannedTime", orEmpty(plannedTime),
                "plannedChannel", orEmpty(plannedChannel), "purpose", orEmpty(purpose));
        return submit(id, values, "Contact planned for " + orEmpty(plannedDate) + " " + orEmpty(plannedTime), () -> {
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
    @Path("clients/{id}/goals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ADD_GOAL)
    public RestResponse<TemplateInstance> addGoal(@PathParam("id") UUID id, @RestForm String goal,
            @RestForm String objectives, @RestForm String targetDate, @RestForm String reviewDate) {
        Map<String, String> values = Map.of("goal", orEmpty(goal), "objectives", orEmpty(objectives),
                "targetDate", orEmpty(targetDate), "reviewDate", orEmpty(reviewDate));
        return submit(id, values, "Goal added: " + orEmpty(goal), () -> {
            GoalRequest request = new GoalRequest(goal, objectives, Params.date("targetDate", targetDate),
                    Params.date("reviewDate", reviewDate), null);
            Forms.validate(request);
            plans.add(id, request);
        });
    }

    @POST
    @Path("clients/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> recordOutcome(@PathParam("id") UUID id, @RestForm String type,
            @RestForm String employerId, @RestForm String jobTitle, @RestForm String sector,
            @RestForm String contractType, @RestForm String startDate, @RestForm String hoursPerWeek,
            @RestForm String hourlyPay) {
        Map<String, String> values = Map.of("type", orEmpty(type), "employerId", orEmpty(employerId),
                "jobTitle", orEmpty(jobTitle), "sector", orEmpty(sector), "contractType", orEmpty(contractType),
                "startDate", orEmpty(startDate), "hoursPerWeek", orEmpty(hoursPerWeek), "hourlyPay", orEmpty(hourlyPay));
        return submit(id, values, "Job outcome recorded: " + orEmpty(jobTitle), () -> {
            OutcomeRequest request = new OutcomeRequest(Params.enumValue(OutcomeType.class, "type", type),
                    Params.uuid("employerId", employerId), null, jobTitle, sector,
                    Params.enumValue(ContractType.class, "contractType", contractType), Params.date("startDate", startDate),
                    Forms.decimal("hoursPerWeek", hoursPerWeek), Forms.decimal("hourlyPay", hourlyPay), false);
            Forms.validate(request);
            outcomes.record(id, request);
        });
    }

    @POST
    @Path("clients/{id}/outcomes/{outcomeId}/follow-ups/{followUpId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ANSWER_FOLLOW_UP)
    public RestResponse<TemplateInstance> answerFollowUp(@PathParam("id") UUID id, @PathParam("outcomeId") UUID outcomeId,
            @PathParam("followUpId") UUID followUpId, @RestForm String answer, @RestForm String hoursPerWeek,
            @RestForm String verifiedBy, @RestForm String reason) {
        // Several checks share the page and their field names: each is told apart by its id on the page.
        String check = "answer-" + followUpId;
        Map<String, String> values = Map.of(check, orEmpty(answer), "hours-" + followUpId, orEmpty(hoursPerWeek),
                "verified-" + followUpId, orEmpty(verifiedBy), "reason-" + followUpId, orEmpty(reason));
        Map<String, String> labels = new HashMap<>(CLIENT_PAGE_LABELS);
        labels.put(check, "Sustainment check");
        return Forms.act(() -> {
            FollowUpAnswerRequest request = new FollowUpAnswerRequest(Params.enumValue(FollowUpAnswer.class, check, answer),
                    null, Forms.decimal(check, hoursPerWeek), Params.enumValue(Verification.class, check, verifiedBy), reason);
            try {
                Forms.validate(request);
                outcomes.answer(id, outcomeId, followUpId, request);
            } catch (DomainException refused) {
                throw new InvalidInput(check, refused.errors().isEmpty() ? refused.getMessage()
                        : refused.errors().get(0).message());
            }
        }, "/app/clients/" + id, "Sustainment check answered", labels, errors -> clientPage(id, errors, values));
    }

    /** Team leads and admins give the case to a worker of the client's team (an assignment or a transfer). */
    @POST
    @Path("clients/{id}/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ASSIGN_CLIENT)
    public RestResponse<TemplateInstance> assign(@PathParam("id") UUID id, @RestForm String workerId) {
        return submit(id, Map.of("workerId", orEmpty(workerId)),
                "Case assigned", () -> caseloads.assign(id, Forms.chosen("workerId", workerId, "choose a worker"),
                        "Transferred from the client's page"));
    }

    @POST
    @Path("clients/{id}/bookings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.BOOK_ASSESSMENT)
    public RestResponse<TemplateInstance> book(@PathParam("id") UUID id, @RestForm String slotId) {
        return submit(id, Map.of("slotId", orEmpty(slotId)), "Health and wellbeing assessment booked", () -> {
            bookings.book(new BookingRequest(Forms.chosen("slotId", slotId, "choose a slot"), id));
        });
    }

    /** The client page's forms: post/redirect/get with what was saved, or the page again with the errors. */
    private RestResponse<TemplateInstance> submit(UUID id, Map<String, String> values, String saved, Runnable change) {
        return Forms.act(change, "/app/clients/" + id, saved, CLIENT_PAGE_LABELS, errors -> clientPage(id, errors, values));
    }

    /** An administrator merges a duplicate (by its reference) into this record, once they have confirmed it. */
    @POST
    @Path("clients/{id}/merges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.MERGE_CLIENTS)
    public RestResponse<TemplateInstance> merge(@PathParam("id") UUID id, @RestForm String reference,
            @RestForm String reason, @RestForm String confirm) {
        Map<String, String> values = Map.of("merge-reference", orEmpty(reference), "merge-reason", orEmpty(reason));
        return submit(id, values, "Record " + orEmpty(reference).strip() + " merged into this one", () -> {
            MergeRequest request = new MergeRequest(clients.byReference("merge-reference", reference).id, reason);
            Forms.validate(request, Map.of("reason", "merge-reason"));
            Forms.confirmed(confirm, "merge-confirm", "merge the two records");
            merges.merge(id, request);
        });
    }

    /** The client withdraws their consent; the case closes from that day, once the worker has confirmed it. */
    @POST
    @Path("clients/{id}/consent-withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.WITHDRAW_CONSENT)
    public RestResponse<TemplateInstance> withdrawConsent(@PathParam("id") UUID id, @RestForm String withdrawnOn,
            @RestForm String confirm) {
        return submit(id, Map.of("withdrawnOn", orEmpty(withdrawnOn)),
                "Withdrawal of consent recorded: the case is closed", () -> {
                    ConsentWithdrawal withdrawal = new ConsentWithdrawal(Params.date("withdrawnOn", withdrawnOn));
                    Forms.validate(withdrawal);
                    Forms.confirmed(confirm, "withdrawal-confirm", "close the case");
                    clients.withdrawConsent(id, withdrawal);
                });
    }

    /** An administrator erases a closed case on the client's request, once they have confirmed it. */
    @POST
    @Path("clients/{id}/erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ERASE_CLIENT)
    public RestResponse<TemplateInstance> erase(@PathParam("id") UUID id, @RestForm String note,
            @RestForm String confirm) {
        return submit(id, Map.of("erasure-note", orEmpty(note)),
                "Erased: who this was and what was written about them", () -> {
                    ErasureRequest request = new ErasureRequest(note);
                    Forms.validate(request, Map.of("note", "erasure-note"));
                    Forms.confirmed(confirm, "erasure-confirm", "erase this record");
                    erasure.onRequest(id, request);
                });
    }

    private TemplateInstance clientPage(UUID id, Map<String, String> errors, Map<String, String> values) {
        Client client = clients.get(id);
        List<JobOutcome> jobs = outcomes.list(id);
        return WebPages.client(currentStaff.view(), clientMapper.toView(client, LocalDate.now(clock)),
                Arrays.asList(Stage.values()), Arrays.asList(ContactChannel.values()),
                client.team == null ? List.of() : teams.members(client.team.id).stream()
                        .filter(m -> m.teamRole == TeamRole.WORKER).map(staffMapper::toMember).toList(),
                pathway.history(id).stream().map(stageMoveMapper::toView).toList(),
                contacts.list(id, 0, 20).items().stream().map(contactMapper::toView).toList(),
                contacts.planned(id),
                bookings.forClient(id).stream().map(assessmentMapper::toView).toList(),
                slots.free(null, null, null).stream().map(assessmentMapper::toView).toList(),
                employers.search(null).stream().map(e -> new WebPages.Choice(e.id.toString(), e.name)).toList(),
                new WebPages.ClientWork(
                        jobs.stream().map(o -> outcomeMapper.toView(o, LocalDate.now(clock))).toList(),
                        jobs.stream().collect(Collectors.toMap(o -> o.id, definitions::evaluate)),
                        plans.plan(id).stream().map(g -> planMapper.toView(g, LocalDate.now(clock))).toList(),
                        caseloads.history(id).stream().map(caseloadMapper::toView).toList(),
                        merges.history(id).stream().map(clientMapper::toView).toList()),
                errors, values);
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

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
