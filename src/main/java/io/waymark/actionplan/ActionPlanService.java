package io.waymark.actionplan;

import io.waymark.client.Client;
import io.waymark.client.ClientStatus;
import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.common.RuleConflict;
import io.waymark.common.StaleVersion;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Action plans: goals with objectives, target dates and review dates, and the daily prompt of reviews due. */
@ApplicationScoped
public class ActionPlanService {

    /** Reviews this close are shown as coming up, so a worker can book them. */
    static final Period COMING_UP = Period.ofDays(7);

    @Inject
    Clock clock;

    @Transactional
    public ActionGoal add(UUID clientId, GoalRequest request) {
        Client client = Client.findExisting(clientId);
        if (client.isClosed()) {
            throw new RuleConflict("The client's case is closed");
        }
        LocalDate today = LocalDate.now(clock);
        if (request.reviewDate() != null && request.reviewDate().isBefore(today)) {
            throw new InvalidInput("reviewDate", "a new goal's review cannot be in the past");
        }
        ActionGoal goal = new ActionGoal();
        goal.client = client;
        apply(request, goal);
        goal.persist();
        return goal;
    }

    @Transactional
    public ActionGoal update(UUID clientId, UUID goalId, int basedOnVersion, GoalRequest request) {
        ActionGoal goal = find(clientId, goalId);
        if (goal.version != basedOnVersion) {
            throw new StaleVersion();
        }
        apply(request, goal);
        ActionGoal.flush();
        return goal;
    }

    public List<ActionGoal> plan(UUID clientId) {
        Client.findExisting(clientId);
        return ActionGoal.list("client.id = ?1 order by status, reviewDate nulls last, createdAt", clientId);
    }

    /** The worker's open goals whose review is overdue or within the coming week, most overdue first. */
    public List<ReviewDue> reviewsDueFor(Staff worker) {
        LocalDate today = LocalDate.now(clock);
        List<ActionGoal> goals = ActionGoal.list("""
                from ActionGoal g join fetch g.client c
                where c.worker = ?1 and c.status <> ?2 and g.status = ?3 and g.reviewDate <= ?4
                order by g.reviewDate, c.reference""", worker, ClientStatus.CLOSED, GoalStatus.OPEN, today.plus(COMING_UP));
        return goals.stream().map(g -> new ReviewDue(g.id, g.client.id, g.client.reference,
                g.client.firstName + " " + g.client.lastName, g.goal, g.reviewDate, isOverdue(g, today))).toList();
    }

    /** Each of the worker's clients' next open review date, for their caseload list. */
    public Map<UUID, LocalDate> nextReviews(Staff worker) {
        return ActionGoal.<ActionGoal>list("""
                        from ActionGoal g join fetch g.client c
                        where c.worker = ?1 and c.status <> ?2 and g.status = ?3 and g.reviewDate is not null""",
                        worker, ClientStatus.CLOSED, GoalStatus.OPEN).stream()
                .collect(Collectors.toMap(g -> g.client.id, g -> g.reviewDate, (a, b) -> a.isBefore(b) ? a : b));
    }

    static boolean isOverdue(ActionGoal goal, LocalDate today) {
        return goal.status == GoalStatus.OPEN && goal.reviewDate != null && goal.reviewDate.isBefore(today);
    }

    private static void apply(GoalRequest request, ActionGoal goal) {
        goal.goal = request.goal().strip();
        goal.objectives = request.objectives();
        goal.targetDate = request.targetDate();
        goal.reviewDate = request.reviewDate();
        goal.status = request.status() != null ? request.status() : GoalStatus.OPEN;
    }

    private static ActionGoal find(UUID clientId, UUID goalId) {
        ActionGoal goal = ActionGoal.findById(goalId);
        if (goal == null || !goal.client.id.equals(clientId)) {
            throw new RecordNotFound("goal", goalId);
        }
        return goal;
    }
}
