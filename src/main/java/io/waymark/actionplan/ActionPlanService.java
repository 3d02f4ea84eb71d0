package io.waymark.actionplan;

import io.waymark.client.Client;
import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.common.RuleConflict;
import io.waymark.common.StaleVersion;
import io.waymark.common.SqlReads;
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

/** Action plans: goals with objectives, target dates and review dates, and the daily prompt of reviews due. */
@ApplicationScoped
public class ActionPlanService {

    /** Reviews this close are shown as coming up, so a worker can book them. */
    static final Period COMING_UP = Period.ofDays(7);

    @Inject
    SqlReads sql;

    @Inject
    Clock clock;

    @Transactional
    public ActionGoal add(UUID clientId, GoalRequest request) {
        Client client = Client.findExisting(clientId);
        if (client.isClosed()) {
            throw new RuleConflict("The client's case is closed");
        }
        check(request, LocalDate.now(clock));
        ActionGoal goal = new ActionGoal();
        goal.client = client;
        apply(request, goal);
        goal.persist();
        return goal;
    }

    /**
     * The rule of a new goal: an open goal's next review is not in the past (a goal achieved or dropped keeps the day
     * it was last reviewed). An import checks its rows with it before saving anything.
     */
    public static void check(GoalRequest request, LocalDate today) {
        boolean open = request.status() == null || request.status() == GoalStatus.OPEN;
        if (open && request.reviewDate() != null && request.reviewDate().isBefore(today)) {
            throw new InvalidInput("reviewDate", "an open goal's next review cannot be in the past");
        }
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

    /** A JSON array of the client's ({@code :client}) goals as {@link GoalView}: open first, by review date. */
    public static final String GOALS_OF_CLIENT = """
            select json_agg(json_build_object('id', g.id, 'clientId', g.client_id, 'goal', g.goal,
                    'objectives', g.objectives, 'targetDate', g.target_date, 'reviewDate', g.review_date,
                    'status', g.status, 'version', g.version) order by g.status, g.review_date nulls last, g.created_at)
            from action_goal g where g.organisation_code = :organisation and g.client_id = :client""";

    public List<ActionGoal> plan(UUID clientId) {
        Client.findExisting(clientId);
        return ActionGoal.list("client.id = ?1 order by status, reviewDate nulls last, createdAt", clientId);
    }

    /** The worker's open goals whose review is overdue or within the coming week, most overdue first. */
    public List<ReviewDue> reviewsDueFor(Staff worker) {
        return sql.jsonArray("select (" + REVIEWS_DUE + ")", Map.of("worker", worker.id, "organisation", worker.organisationCode,
                        "today", LocalDate.now(clock)), ReviewDue.class);
    }

    /**
     * A JSON array of {@link ReviewDue}: the open goals of the worker's ({@code :worker} of {@code :organisation}) open cases whose review is
     * overdue or within the week from {@code :today}, soonest first.
     */
    public static final String REVIEWS_DUE = """
            select json_agg(json_build_object('goalId', g.id, 'clientId', c.id, 'clientReference', c.reference,
                    'clientName', c.first_name || ' ' || c.last_name, 'goal', g.goal, 'reviewDate', g.review_date,
                    'overdue', g.review_date < cast(:today as date))
                order by g.review_date, c.reference)
            from action_goal g join client c on c.id = g.client_id
            where c.organisation_code = :organisation and c.worker_id = :worker and c.status <> 'CLOSED'
              and g.status = 'OPEN'
              and g.review_date <= cast(:today as date) + %d""".formatted(COMING_UP.getDays());

    static boolean isOverdue(ActionGoal goal, LocalDate today) {
        return isOverdue(goal.status, goal.reviewDate, today);
    }

    static boolean isOverdue(GoalStatus status, LocalDate reviewDate, LocalDate today) {
        return status == GoalStatus.OPEN && reviewDate != null && reviewDate.isBefore(today);
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
