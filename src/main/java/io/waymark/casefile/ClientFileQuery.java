package io.waymark.casefile;

import io.waymark.actionplan.ActionPlanMapper;
import io.waymark.actionplan.ActionPlanService;
import io.waymark.actionplan.GoalStatus;
import io.waymark.actionplan.GoalView;
import io.waymark.assessment.AssessmentMapper;
import io.waymark.assessment.BookingService;
import io.waymark.assessment.BookingView;
import io.waymark.assessment.SlotService;
import io.waymark.assessment.SlotView;
import io.waymark.caseload.AssignmentView;
import io.waymark.caseload.CaseloadService;
import io.waymark.client.ClientMapper;
import io.waymark.client.ClientMergeService;
import io.waymark.client.ClientMergeView;
import io.waymark.client.ClientRecordRead;
import io.waymark.client.ClientService;
import io.waymark.client.ClientView;
import io.waymark.client.Stage;
import io.waymark.common.Clocks;
import io.waymark.common.ReadOnlyWork;
import io.waymark.common.RecordNotFound;
import io.waymark.common.SqlReads;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactService;
import io.waymark.contact.ContactView;
import io.waymark.contact.PlannedContactView;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.CustomFieldView;
import io.waymark.document.DocumentService;
import io.waymark.document.DocumentView;
import io.waymark.employer.EmployerService;
import io.waymark.lists.ListService;
import io.waymark.lists.ListValueView;
import io.waymark.lists.OrganisationLists;
import io.waymark.message.ClientMessages;
import io.waymark.message.MessageView;
import io.waymark.organisation.OrganisationService;
import io.waymark.outcome.JobMatchService;
import io.waymark.outcome.JobMatchView;
import io.waymark.outcome.JobRemovalView;
import io.waymark.outcome.OutcomeDefinitionService.NamedRule;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.outcome.OutcomeMapper;
import io.waymark.outcome.OutcomeService;
import io.waymark.outcome.OutcomeView;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.StageMoveView;
import io.waymark.profile.ProfileService;
import io.waymark.progression.ProgressionService;
import io.waymark.progression.ProgressionView;
import io.waymark.progression.SelfAssessmentService;
import io.waymark.progression.SelfAssessmentView;
import io.waymark.staff.StaffMember;
import io.waymark.staff.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a client's case file in one statement: the record, and each part as a JSON array made by the SQL of the
 * feature that owns it; what depends on the day (ages, hours in force, overdue checks, how each job stands under each
 * funder's definition) is then worked out by those features' own rules.
 */
@ApplicationScoped
public class ClientFileQuery {

    /** The record, then each part as a JSON array, in the order {@link #of} reads the columns. */
    private static final String FILE = "select record.record, record.worker_name, record.team_name, "
            + String.join(", ", List.of(TeamService.WORKERS_OF_CLIENTS_TEAM, PathwayService.MOVES_OF_CLIENT,
                    ContactService.LATEST_OF_CLIENT, ContactService.PLANNED_FOR_CLIENT, BookingService.BOOKINGS_OF_CLIENT,
                    SlotService.FREE, EmployerService.CHOICES, EmployerService.OPEN_OPPORTUNITY_CHOICES,
                    JobMatchService.MATCHES_OF_CLIENT, OutcomeService.JOBS_OF_CLIENT, OutcomeDefinitionService.RULES,
                    OutcomeService.REMOVALS_OF_CLIENT, ActionPlanService.GOALS_OF_CLIENT,
                    CaseloadService.ASSIGNMENTS_OF_CLIENT, ClientMergeService.MERGES_OF_CLIENT,
                    CustomFieldService.FIELDS_OF_CLIENTS, CustomFieldService.FIELDS_OF_JOBS,
                    ListService.VALUES_FOR_PAGES, ClientMessages.OF_CLIENT, DocumentService.OF_CLIENT,
                    ProfileService.LATEST_OF_CLIENT, ProgressionService.OF_CLIENT,
                    SelfAssessmentService.OF_CLIENT).stream()
                    .map(part -> "(" + part + ")").toList())
            + " from (" + ClientService.RECORD + ") record";

    @Inject
    SqlReads sql;

    @Inject
    OrganisationService organisations;

    @Inject
    ClientMapper clientMapper;

    @Inject
    AssessmentMapper assessmentMapper;

    @Inject
    OutcomeMapper outcomeMapper;

    @Inject
    ActionPlanMapper planMapper;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    SlotService slots;

    @Inject
    Event<ClientRecordRead> reads;

    @Inject
    Clock clock;

    /** The client's file; reading it is a read of their record, and goes in the audit trail. */
    @Transactional
    @ReadOnlyWork
    public ClientFile of(UUID id) {
        String organisation = organisations.currentCode();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> parameters = Map.of("organisation", organisation, "client", id, "zone", clock.getZone().getId(),
                "from", OffsetDateTime.now(clock), "until", slots.offeredUntil());
        ClientFile file = sql.one(FILE, parameters, row -> {
            ClientView client = clientMapper.onDay(sql.json(row.getString(1), ClientView.class), today);
            OutcomeMapper.SupportStarted supportStarted = new OutcomeMapper.SupportStarted(client.consentDate());
            List<OutcomeView> jobs = sql.jsonList(row.getString(13), OutcomeView.class).stream()
                    .map(job -> outcomeMapper.onDay(job, today, supportStarted)).toList();
            List<NamedRule> rules = sql.jsonList(row.getString(14), NamedRule.class);
            List<PlannedContactView> planned = sql.jsonList(row.getString(7), PlannedContactView.class);
            List<GoalView> goals = sql.jsonList(row.getString(16), GoalView.class).stream()
                    .map(goal -> planMapper.onDay(goal, today)).toList();
            return new ClientFile(client, summary(client, row.getString(2), row.getString(3), planned, goals, jobs, today),
                    Arrays.asList(Stage.values()), Arrays.asList(ContactChannel.values()),
                    sql.jsonList(row.getString(4), StaffMember.class),
                    sql.jsonList(row.getString(5), StageMoveView.class),
                    sql.jsonList(row.getString(6), ContactView.class),
                    planned,
                    sql.jsonList(row.getString(8), BookingView.class),
                    sql.jsonList(row.getString(9), SlotView.class).stream().map(assessmentMapper::inUk).toList(),
                    sql.jsonList(row.getString(10), ClientFile.Choice.class),
                    sql.jsonList(row.getString(11), ClientFile.Choice.class),
                    sql.jsonList(row.getString(12), JobMatchView.class),
                    jobs,
                    jobs.stream().collect(Collectors.toMap(OutcomeView::id, job -> definitions.evaluate(rules, job))),
                    sql.jsonList(row.getString(15), JobRemovalView.class),
                    goals,
                    sql.jsonList(row.getString(17), AssignmentView.class),
                    sql.jsonList(row.getString(18), ClientMergeView.class),
                    CustomFieldService.shown(sql.jsonList(row.getString(19), CustomFieldView.class), client.custom()),
                    sql.jsonList(row.getString(20), CustomFieldView.class),
                    OrganisationLists.of(sql.jsonList(row.getString(21), ListValueView.class)),
                    sql.jsonList(row.getString(22), MessageView.class),
                    sql.jsonList(row.getString(23), DocumentView.class), row.getInt(24),
                    sql.jsonList(row.getString(25), ProgressionView.class),
                    sql.jsonList(row.getString(26), SelfAssessmentView.class));
        }).orElseThrow(() -> new RecordNotFound("client", id));
        reads.fire(new ClientRecordRead(organisation, id));
        return file;
    }

    /** What the top of the page shows: the next plan still to come, the next open review, the job now. */
    private ClientFile.Summary summary(ClientView client, String workerName, String teamName,
            List<PlannedContactView> planned, List<GoalView> goals, List<OutcomeView> jobs, LocalDate today) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Clocks.UK));
        return new ClientFile.Summary(Period.between(client.dateOfBirth(), today).getYears(), workerName, teamName,
                planned.stream().filter(p -> !p.met() && p.plannedFor().isAfter(now.atZone(Clocks.UK).toOffsetDateTime()))
                        .min(Comparator.comparing(PlannedContactView::plannedFor)).orElse(null),
                goals.stream().filter(g -> g.reviewDate() != null && g.status() == GoalStatus.OPEN)
                        .min(Comparator.comparing(GoalView::reviewDate)).orElse(null),
                jobs.stream().filter(OutcomeView::current).findFirst().orElse(null),
                today, now.toLocalTime().withSecond(0).withNano(0).toString());
    }
}
