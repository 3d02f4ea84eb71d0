package io.waymark.today;

import io.waymark.actionplan.ActionPlanService;
import io.waymark.actionplan.ReviewDue;
import io.waymark.assessment.BookingService;
import io.waymark.caseload.CaseloadRatios;
import io.waymark.client.Client;
import io.waymark.client.Stage;
import io.waymark.common.SqlReads;
import io.waymark.contact.ContactService;
import io.waymark.contact.PlannedContactView;
import io.waymark.outcome.FollowUpDue;
import io.waymark.outcome.OutcomeService;
import io.waymark.staff.StaffView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a worker's day in one statement: their open cases with what each row shows, and the lists of the features
 * that own them (contacts planned, checks due, reviews due), each a JSON array made by that feature's own SQL.
 */
@ApplicationScoped
public class TodayQuery {

    /** The worker's open cases, each with its next review, last contact (UK day) and whether an assessment is held. */
    private static final String CASELOAD = """
            select json_agg(json_build_object('id', c.id, 'reference', c.reference,
                    'name', c.first_name || ' ' || c.last_name, 'stage', c.current_stage,
                    'stageEnteredOn', c.stage_entered_on,
                    'nextReview', (select min(g.review_date) from action_goal g
                                   where g.client_id = c.id and g.status = 'OPEN'),
                    'lastContact', (select cast(max(k.happened_at) at time zone :zone as date) from contact k
                                    where k.client_id = c.id),
                    'needsIntenseSupport', c.needs_intense_support, 'programmeStartDate', c.programme_start_date,
                    'referralDate', c.referral_date, 'holdsBooking', %s)
                order by c.stage_order, c.last_name, c.first_name)
            from client c where c.organisation_code = :organisation and c.worker_id = :worker and c.status <> 'CLOSED'
            """.formatted(BookingService.HOLDS_BOOKING);

    /** The day's lists, and the worker's limit (their own, and the organisation's default). */
    private static final String DAY = """
            select (%s), (%s), (%s), (%s), s.caseload_limit, o.default_caseload_limit
            from staff s join organisation o on o.code = s.organisation_code
            where s.organisation_code = :organisation and s.id = :worker""".formatted(CASELOAD,
            ContactService.PLANNED_DUE_TODAY, OutcomeService.FOLLOW_UPS_DUE, ActionPlanService.REVIEWS_DUE);

    @Inject
    SqlReads sql;

    @Inject
    Clock clock;

    /** One open case as the statement gives it. */
    record OpenCase(UUID id, String reference, String name, Stage stage, LocalDate stageEnteredOn, LocalDate nextReview,
            LocalDate lastContact, boolean needsIntenseSupport, LocalDate programmeStartDate, LocalDate referralDate,
            boolean holdsBooking) {

        Today.CaseloadRow row(LocalDate today) {
            return new Today.CaseloadRow(id.toString(), reference, name, stage,
                    ChronoUnit.DAYS.between(stageEnteredOn, today), nextReview, lastContact, holdsBooking ? null
                            : Client.assessmentDueOn(needsIntenseSupport, programmeStartDate, referralDate));
        }
    }

    public Today of(StaffView me, Stage only) {
        LocalDate today = LocalDate.now(clock);
        return sql.one(DAY, Map.of("worker", me.id(), "organisation", me.organisationCode(), "today", today,
                "zone", clock.getZone().getId()), day -> {
            List<OpenCase> cases = sql.jsonList(day.getString(1), OpenCase.class);
            Map<Stage, Long> perStage = cases.stream()
                    .collect(Collectors.groupingBy(OpenCase::stage, Collectors.counting()));
            List<Today.CaseloadRow> rows = cases.stream()
                    .filter(c -> only == null || c.stage() == only)
                    .map(c -> c.row(today))
                    .toList();
            return new Today(CaseloadRatios.worker(me.id(), me.displayName(), day.getObject(5, Integer.class), day.getInt(6),
                    perStage), rows, Arrays.asList(Stage.values()), only,
                    sql.jsonList(day.getString(2), PlannedContactView.class),
                    sql.jsonList(day.getString(3), FollowUpDue.class),
                    sql.jsonList(day.getString(4), ReviewDue.class));
        }).orElseThrow();
    }
}
