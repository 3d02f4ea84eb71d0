package io.waymark.casefile;

import io.waymark.actionplan.ActionPlanMapper;
import io.waymark.actionplan.ActionPlanService;
import io.waymark.actionplan.GoalStatus;
import io.waymark.actionplan.GoalView;
import io.waymark.assessment.AssessmentMapper;
import io.waymark.assessment.BookingService;
import io.waymark.assessment.SlotService;
import io.waymark.caseload.CaseloadMapper;
import io.waymark.caseload.CaseloadService;
import io.waymark.client.Client;
import io.waymark.client.ClientMapper;
import io.waymark.client.ClientMergeService;
import io.waymark.client.ClientService;
import io.waymark.client.Stage;
import io.waymark.common.Clocks;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactMapper;
import io.waymark.contact.ContactService;
import io.waymark.contact.PlannedContactView;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.document.DocumentService;
import io.waymark.employer.EmployerService;
import io.waymark.lists.ListService;
import io.waymark.message.ClientMessages;
import io.waymark.outcome.JobMatchMapper;
import io.waymark.outcome.JobMatchService;
import io.waymark.outcome.JobOutcome;
import io.waymark.outcome.OutcomeDefinitionService;
import io.waymark.outcome.OutcomeMapper;
import io.waymark.outcome.OutcomeService;
import io.waymark.outcome.OutcomeView;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.StageMoveMapper;
import io.waymark.profile.ProfileService;
import io.waymark.profile.ProfileView;
import io.waymark.progression.ProgressionService;
import io.waymark.progression.SelfAssessmentService;
import io.waymark.staff.StaffMapper;
import io.waymark.staff.TeamRole;
import io.waymark.staff.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The client's file read as it was before it was one SQL statement: through each feature's service, entities and
 * mapper. {@link ClientPageTest} holds the SQL read to be equal to it.
 */
@ApplicationScoped
public class ClientFileThroughServices {

    @Inject
    CustomFieldService fields;

    @Inject
    ListService lists;

    @Inject
    ClientMessages messages;

    @Inject
    DocumentService documents;

    @Inject
    ProfileService profiles;

    @Inject
    ProgressionService progressions;

    @Inject
    SelfAssessmentService selfAssessments;

    @Inject
    ClientService clients;

    @Inject
    ClientMapper clientMapper;

    @Inject
    ClientMergeService merges;

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
    OutcomeService outcomes;

    @Inject
    OutcomeMapper outcomeMapper;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    ActionPlanService plans;

    @Inject
    ActionPlanMapper planMapper;

    @Inject
    CaseloadService caseloads;

    @Inject
    CaseloadMapper caseloadMapper;

    @Inject
    TeamService teams;

    @Inject
    StaffMapper staffMapper;

    @Inject
    EmployerService employers;

    @Inject
    JobMatchService jobMatches;

    @Inject
    JobMatchMapper jobMatchMapper;

    @Inject
    Clock clock;

    @Transactional
    public ClientFile of(UUID id) {
        Client client = clients.get(id);
        LocalDate today = LocalDate.now(clock);
        List<JobOutcome> jobs = outcomes.list(id);
        List<OutcomeView> jobViews = jobs.stream().map(o -> outcomeMapper.toView(o, today)).toList();
        List<PlannedContactView> planned = contacts.planned(id);
        List<GoalView> goals = plans.plan(id).stream().map(g -> planMapper.toView(g, today)).toList();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Clocks.UK));
        ClientFile.Summary summary = new ClientFile.Summary(Period.between(client.dateOfBirth, today).getYears(),
                client.worker == null ? null : client.worker.displayName, client.team == null ? null : client.team.name,
                planned.stream().filter(p -> !p.met() && p.plannedFor().isAfter(now.atZone(Clocks.UK).toOffsetDateTime()))
                        .min(Comparator.comparing(PlannedContactView::plannedFor)).orElse(null),
                goals.stream().filter(g -> g.reviewDate() != null && g.status() == GoalStatus.OPEN)
                        .min(Comparator.comparing(GoalView::reviewDate)).orElse(null),
                jobViews.stream().filter(OutcomeView::current).findFirst().orElse(null),
                today, now.toLocalTime().withSecond(0).withNano(0).toString());
        return new ClientFile(clientMapper.toView(client, today), summary,
                Arrays.asList(Stage.values()), Arrays.asList(ContactChannel.values()),
                client.team == null ? List.of() : teams.members(client.team.id).stream()
                        .filter(m -> m.teamRole == TeamRole.WORKER).map(staffMapper::toMember).toList(),
                pathway.history(id).stream().map(stageMoveMapper::toView).toList(),
                contacts.list(id, 0, 20).items().stream().map(contactMapper::toView).toList(),
                planned,
                bookings.forClient(id).stream().map(assessmentMapper::toView).toList(),
                slots.free(null, null, null).stream().map(assessmentMapper::toView).toList(),
                employers.search(null).stream().map(e -> new ClientFile.Choice(e.id.toString(), e.name)).toList(),
                employers.openOpportunities().stream()
                        .map(o -> new ClientFile.Choice(o.id.toString(), o.title + ", " + o.employer.name)).toList(),
                jobMatches.stepsOf(jobMatches.list(id)).entrySet().stream()
                        .map(m -> jobMatchMapper.toView(m.getKey(), m.getValue())).toList(),
                jobViews,
                jobs.stream().collect(Collectors.toMap(o -> o.id, definitions::evaluate)),
                outcomes.removals(id).stream().map(outcomeMapper::toView).toList(),
                goals,
                caseloads.history(id).stream().map(caseloadMapper::toView).toList(),
                merges.history(id).stream().map(clientMapper::toView).toList(),
                fields.shown(FieldRecord.CLIENT, client.custom), fields.views(FieldRecord.JOB_OUTCOME),
                lists.current().forPages(), messages.of(id), documents.of(id),
                profiles.versions(id).stream().mapToInt(ProfileView.Version::number).max().orElse(0),
                progressions.of(id), selfAssessments.of(id));
    }
}
