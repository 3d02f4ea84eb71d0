package io.waymark.audit;

import io.waymark.actionplan.GoalView;
import io.waymark.assessment.BookingView;
import io.waymark.caseload.AssignmentView;
import io.waymark.client.ClientMergeView;
import io.waymark.client.ClientView;
import io.waymark.contact.ContactView;
import io.waymark.contact.PlannedContactView;
import io.waymark.customfield.CustomFieldService;
import io.waymark.document.DocumentView;
import io.waymark.message.MessageView;
import io.waymark.outcome.JobMatchView;
import io.waymark.outcome.JobRemovalView;
import io.waymark.outcome.OutcomeView;
import io.waymark.pathway.StageMoveView;
import io.waymark.profile.ProfileView;
import io.waymark.progression.ProgressionView;
import io.waymark.progression.SelfAssessmentView;
import io.waymark.referral.ReferralView;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything Waymark holds about one client, for a subject access request: the record, its history, and who read
 * or changed it. The audit trail's masked values stay masked; the record itself shows them.
 */
public record SubjectAccessExport(
        OffsetDateTime producedAt,
        String producedBy,
        String organisationName,
        ClientView client,
        List<CustomFieldService.Shown> ownFields,
        List<StageMoveView> pathway,
        List<ContactView> contacts,
        List<PlannedContactView> plannedContacts,
        List<AssignmentView> workers,
        List<JobMatchView> jobMatches,
        List<OutcomeView> jobOutcomes,
        List<JobRemovalView> removedJobOutcomes,
        List<GoalView> actionPlan,
        List<BookingView> assessments,
        List<ClientMergeView> merges,
        List<ReferralView> referrals,
        List<MessageView> messages,
        List<DocumentView> documents,
        List<ProfileView> vocationalProfile,
        List<ProgressionView> progressions,
        List<SelfAssessmentView> selfAssessments,
        List<AuditEventView> auditTrail) {
}
