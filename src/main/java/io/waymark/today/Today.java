package io.waymark.today;

import io.waymark.actionplan.ReviewDue;
import io.waymark.caseload.WorkerCaseload;
import io.waymark.client.Stage;
import io.waymark.contact.PlannedContactView;
import io.waymark.outcome.FollowUpDue;
import java.time.LocalDate;
import java.util.List;

/** A worker's day: their caseload (filtered by stage, or not), the contacts they planned, checks and reviews due. */
public record Today(WorkerCaseload caseload, List<CaseloadRow> clients, List<Stage> stages, Stage stageFilter,
        List<PlannedContactView> planned, List<FollowUpDue> followUps, List<ReviewDue> reviews) {

    /** A row of "My caseload". */
    public record CaseloadRow(String id, String reference, String name, Stage stage, long daysInStage,
            LocalDate nextReview, LocalDate lastContact, LocalDate assessmentDue) {
    }
}
