package io.waymark.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.waymark.actionplan.GoalView;
import io.waymark.actionplan.ReviewDue;
import io.waymark.assessment.BookingView;
import io.waymark.assessment.DiaryView;
import io.waymark.assessment.FourWeekReport;
import io.waymark.assessment.Route;
import io.waymark.assessment.SlotView;
import io.waymark.audit.AuditEventView;
import io.waymark.audit.SubjectAccessExport;
import io.waymark.caseload.AssignmentView;
import io.waymark.caseload.TeamCaseload;
import io.waymark.caseload.WaitingClient;
import io.waymark.caseload.WorkerCaseload;
import io.waymark.client.ClientMergeView;
import io.waymark.client.ClientView;
import io.waymark.client.DuplicateCandidate;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactView;
import io.waymark.contact.PlannedContactView;
import io.waymark.fidelity.FidelityPrefill;
import io.waymark.fidelity.FidelityReviewView;
import io.waymark.fidelity.FidelityTrend;
import io.waymark.outcome.FollowUpDue;
import io.waymark.outcome.OutcomeDefinitionView;
import io.waymark.outcome.OutcomeView;
import io.waymark.outcome.RuleResultView;
import io.waymark.pathway.Stage;
import io.waymark.pathway.StageMoveView;
import io.waymark.report.FundedService;
import io.waymark.report.FunderView;
import io.waymark.report.OutcomeReport;
import io.waymark.report.ReportQuery;
import io.waymark.report.ServiceCostView;
import io.waymark.staff.StaffMember;
import io.waymark.staff.StaffView;
import io.waymark.team.TeamRole;
import io.waymark.team.TeamView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The pages' templates, checked when the application is built: a template error fails the build. */
@CheckedTemplate
public class WebPages {

    public static native TemplateInstance today(StaffView me, WorkerCaseload caseload, List<MyClient> clients,
            List<Stage> stages, Stage stageFilter, List<PlannedContactView> planned,
            List<FollowUpDue> followUps, List<ReviewDue> reviews);

    public static native TemplateInstance client(StaffView me, ClientView client, List<Stage> stages,
            List<ContactChannel> channels, List<StaffMember> workers,
            List<StageMoveView> moves, List<ContactView> contacts, List<PlannedContactView> plannedContacts,
            List<BookingView> bookings, List<SlotView> freeSlots,
            List<Choice> employers, ClientWork work, Map<String, String> errors, Map<String, String> values);

    public static native TemplateInstance diary(StaffView me, DiaryView diary, boolean weekView, FourWeekReport target, List<Route> routes,
            Map<String, String> errors, Map<String, String> values);

    public static native TemplateInstance team(StaffView me, TeamCaseload team, List<WaitingClient> waiting,
            UUID suggestedWorker, UUID refusedClient, String refusal);

    public static native TemplateInstance admin(StaffView me, int defaultLimit, List<TeamView> teams,
            List<StaffMember> staff, List<TeamRole> teamRoles, Map<String, String> errors);

    public static native TemplateInstance reports(StaffView me, ReportQuery query, OutcomeReport report, List<Chart> charts,
            String quarter, List<OutcomeDefinitionView> definitions, List<TeamView> teams, List<StaffMember> workers, List<ServiceCostView> costs,
            List<FunderView> funders, Map<String, String> errors, Map<String, String> values);

    public static native TemplateInstance funded(StaffView me, List<FundedService> services, OutcomeReport report,
            List<Chart> charts, String quarter, ReportQuery query, List<OutcomeDefinitionView> definitions,
            Map<String, String> errors);

    public static native TemplateInstance definitions(StaffView me, List<OutcomeDefinitionView> definitions,
            Map<String, String> errors, Map<String, String> values);

    public static native TemplateInstance newClient(StaffView me, Map<String, String> errors, Map<String, String> values,
            List<DuplicateCandidate> likely);

    public static native TemplateInstance fidelity(StaffView me, List<TeamView> teams, UUID teamId,
            FidelityPrefill prefill, List<FidelityReviewView> reviews, FidelityTrend trend,
            Map<String, String> errors, Map<String, String> values);

    public static native TemplateInstance audit(StaffView me, List<AuditEventView> events, Map<String, String> values,
            Map<String, String> errors);

    public static native TemplateInstance subjectAccess(StaffView me, SubjectAccessExport export);

    /** An option of a select list. */
    public record Choice(String value, String label) {
    }

    /**
     * The client's jobs with their sustainment checks and how each stands under every funder's outcome definition,
     * action plan, and who has held the case.
     */
    public record ClientWork(List<OutcomeView> outcomes, Map<UUID, List<RuleResultView>> definitions,
            List<GoalView> goals, List<AssignmentView> assignments, List<ClientMergeView> merges) {
    }

    /** A row of "My caseload". */
    public record MyClient(String id, String reference, String name, Stage stage, long daysInStage,
            LocalDate nextReview, LocalDate lastContact, LocalDate assessmentDue) {
    }
}
