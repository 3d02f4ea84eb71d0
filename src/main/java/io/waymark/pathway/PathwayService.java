package io.waymark.pathway;

import io.micrometer.core.instrument.MeterRegistry;
import io.waymark.client.Client;
import io.waymark.client.ClientClosing;
import io.waymark.client.ClientReferred;
import io.waymark.client.ClientStatus;
import io.waymark.client.Stage;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rules of the five-stage pathway. Stages are a pathway, not a one-way street: any move is allowed, but only
 * the step to the next stage goes without saying; moving back or skipping a stage must say why. In-work support
 * needs a current job outcome; a retained job may bring the client there from any earlier stage.
 */
@ApplicationScoped
public class PathwayService {

    @Inject
    JobsHeld jobsHeld;

    static final String REFERRAL_REASON = "Referral received";

    @Inject
    MeterRegistry meters;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    /** A newly referred client starts at engagement, on their referral date: the first move of their history. */
    @Transactional(Transactional.TxType.MANDATORY)
    void start(@Observes ClientReferred referred) {
        Client client = referred.client();
        record(client, null, Stage.ENGAGEMENT, client.referralDate, REFERRAL_REASON);
    }

    /** A case cannot close before its last stage move. */
    void refuseEarlyClosure(@Observes ClientClosing closing) {
        closing.requireNotBefore(StageMove.lastOf(closing.client().id), "a stage move");
    }

    @Transactional
    public StageMove move(UUID clientId, StageMoveRequest request) {
        Client client = Client.findExisting(clientId);
        Stage from = client.currentStage;
        Stage to = request.toStage();
        if (client.isClosed()) {
            throw new RuleConflict("The client's case is closed: a closed case takes no more stage moves");
        }
        LocalDate movedOn = request.movedOn() != null ? request.movedOn() : LocalDate.now(clock);
        check(client.status, from, client.stageEnteredOn, to, movedOn);
        boolean retainedJob = false;
        if (to == Stage.IN_WORK_SUPPORT) {
            JobsHeld.Held held = jobsHeld.on(client, movedOn);
            if (!held.any()) {
                throw new RuleConflict("toStage", "in-work support needs a current job: record the job outcome first");
            }
            retainedJob = held.retained();
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        // A retained job may bring someone straight into in-work support: job retention work, not a skipped stage.
        if (reason == null && !from.isFollowedBy(to) && !(retainedJob && from.compareTo(to) < 0)) {
            throw new InvalidInput("reason", "a reason is needed to move from " + from + " to " + to
                    + " (only the move to the next stage needs none)");
        }
        client.currentStage = to;
        client.stageEnteredOn = movedOn;
        return record(client, from, to, movedOn, reason);
    }

    /**
     * The rules of a move that need only the client's status and stage: a move goes somewhere else, past engagement
     * only with consent, and not back in time. An import checks its rows with them before saving anything.
     */
    public static void check(ClientStatus status, Stage from, LocalDate enteredOn, Stage to, LocalDate movedOn) {
        if (to == from) {
            throw new InvalidInput("toStage", "the client is already in " + from);
        }
        if (status == ClientStatus.REFERRED && to != Stage.ENGAGEMENT) {
            throw new RuleConflict("toStage",
                    "the client has not yet agreed to take part: record their consent before moving past engagement");
        }
        if (movedOn.isBefore(enteredOn)) {
            throw new InvalidInput("movedOn", "cannot be before the client entered " + from + " on " + enteredOn);
        }
    }

    /** A JSON array of the client's ({@code :client}) stage moves as {@link StageMoveView}, in the order they happened. */
    public static final String MOVES_OF_CLIENT = """
            select json_agg(json_build_object('id', m.id, 'fromStage', m.from_stage, 'toStage', m.to_stage,
                    'movedOn', m.moved_on, 'movedById', m.moved_by, 'movedByName', s.display_name, 'reason', m.reason,
                    'recordedAt', m.recorded_at) order by m.moved_on, m.recorded_at)
            from stage_move m join staff s on s.id = m.moved_by
            where m.organisation_code = :organisation and m.client_id = :client""";

    public List<StageMove> history(UUID clientId) {
        Client.findExisting(clientId);
        return StageMove.historyOf(clientId);
    }

    private StageMove record(Client client, Stage from, Stage to, LocalDate movedOn, String reason) {
        StageMove move = new StageMove();
        move.client = client;
        move.fromStage = from;
        move.toStage = to;
        move.movedOn = movedOn;
        move.movedBy = currentStaff.get();
        move.reason = reason;
        move.persist();
        meters.counter("waymark.stage.moves", "to", move.toStage.name()).increment();
        return move;
    }
}
