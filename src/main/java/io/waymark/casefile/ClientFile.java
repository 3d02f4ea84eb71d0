package io.waymark.casefile;

import io.waymark.actionplan.GoalView;
import io.waymark.assessment.BookingView;
import io.waymark.assessment.SlotView;
import io.waymark.caseload.AssignmentView;
import io.waymark.client.ClientMergeView;
import io.waymark.client.ClientView;
import io.waymark.client.Stage;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactView;
import io.waymark.contact.PlannedContactView;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.CustomFieldView;
import io.waymark.document.DocumentView;
import io.waymark.lists.OrganisationLists;
import io.waymark.message.MessageView;
import io.waymark.outcome.JobMatchView;
import io.waymark.outcome.JobRemovalView;
import io.waymark.outcome.OutcomeView;
import io.waymark.outcome.RuleResultView;
import io.waymark.pathway.StageMoveView;
import io.waymark.progression.ProgressionView;
import io.waymark.progression.SelfAssessmentView;
import io.waymark.staff.StaffMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the client's page shows of one person: the record, the pathway, contacts, jobs with their checks and
 * standing under each funder's definition, the action plan, assessments, who has held the case, and merges; with
 * the choices its forms offer (stages, channels, the team's workers, free slots, employers).
 */
public record ClientFile(ClientView client, Summary summary, List<Stage> stages, List<ContactChannel> channels, List<StaffMember> workers,
        List<StageMoveView> moves, List<ContactView> contacts, List<PlannedContactView> plannedContacts,
        List<BookingView> bookings, List<SlotView> freeSlots, List<Choice> employers, List<Choice> openOpportunities,
        List<JobMatchView> matches, List<OutcomeView> outcomes,
        Map<UUID, List<RuleResultView>> definitions, List<JobRemovalView> removedJobs, List<GoalView> goals,
        List<AssignmentView> assignments, List<ClientMergeView> merges, List<CustomFieldService.Shown> ownFields,
        List<CustomFieldView> jobFields, OrganisationLists lists, List<MessageView> messages,
        List<DocumentView> documents, int profileVersion, List<ProgressionView> progressions,
        List<SelfAssessmentView> selfAssessments) {

    /**
     * What a worker needs at a glance, at the top of the page: age, who holds the case, what comes next, the job now;
     * and the day and time now (UK), which the contact form starts from.
     */
    public record Summary(int age, String workerName, String teamName, PlannedContactView nextPlannedContact,
            GoalView nextReview, OutcomeView currentJob, LocalDate today, String timeNow) {
    }

    /** Whether the client has a booked assessment still to come: a second is not offered. */
    public boolean liveBooking() {
        return bookings.stream().anyMatch(b -> b.status() == io.waymark.assessment.BookingStatus.BOOKED);
    }

    /** An area of the self-assessment as the chart draws it: first score, latest, change; 30 units a point. */
    public record Distance(String area, int first, int latest, String change, int y) {

        public int firstWidth() {
            return first * 30;
        }

        public int latestWidth() {
            return latest * 30;
        }
    }

    /** The distance travelled in each area, from the first self-assessment to the latest; empty before the first. */
    public List<Distance> distanceTravelled() {
        if (selfAssessments.isEmpty()) {
            return List.of();
        }
        SelfAssessmentView first = selfAssessments.get(0);
        SelfAssessmentView latest = selfAssessments.get(selfAssessments.size() - 1);
        return List.of(distance("Confidence about working", first.confidence(), latest.confidence(), 0),
                distance("Job-search skills", first.jobSearch(), latest.jobSearch(), 1),
                distance("Managing health at work", first.healthAtWork(), latest.healthAtWork(), 2),
                distance("Getting to work", first.travel(), latest.travel(), 3));
    }

    private static Distance distance(String area, int first, int latest, int row) {
        int change = latest - first;
        return new Distance(area, first, latest, (change > 0 ? "+" : "") + change, row * 64);
    }

    /** An option of a select list. */
    public record Choice(String value, String label) {
    }
}
