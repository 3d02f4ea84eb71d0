package io.waymark.caseload;

import io.micrometer.core.instrument.MeterRegistry;
import io.waymark.client.Client;
import io.waymark.client.ClientReferred;
import io.waymark.client.ClientStatus;
import io.waymark.client.TakeOn;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.organisation.OrganisationService;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.staff.Team;
import io.waymark.staff.TeamChange;
import io.waymark.staff.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The caseload rules: who may hold a client, the limit per worker, and the team's waiting list. A worker's row is
 * locked while their caseload is counted and changed, so parallel assignments to the last free place cannot both
 * succeed.
 */
@ApplicationScoped
public class CaseloadService {

    static final int MIN_LIMIT = 1;
    static final int MAX_LIMIT = 200;

    @Inject
    MeterRegistry meters;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OrganisationService organisations;

    @Inject
    CaseloadRatios ratios;

    @Inject
    Clock clock;

    /** The messages feature tells the worker the case is theirs. */
    @Inject
    Event<ClientAssigned> assigned;

    /** Gives the case to a worker, or with no worker puts the client back on the waiting list. */
    @Transactional
    public Assignment change(UUID clientId, AssignmentRequest request) {
        return request.workerId() == null
                ? unassign(clientId, request.reason())
                : assign(clientId, request.workerId(), request.reason());
    }

    /**
     * A new referral goes where its referrer chose: onto their own caseload (the limit holds: a full caseload refuses
     * the referral, which is then not saved) or onto their team's waiting list.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void takeOn(@Observes ClientReferred referred) {
        if (referred.takeOn() == null) {
            return;
        }
        Staff referrer = currentStaff.get();
        if (referrer.team == null) {
            throw new InvalidInput("takeOn", "you are not in a team, so the client cannot go on a caseload or waiting"
                    + " list of yours: ask a team lead to place them");
        }
        Client client = referred.client();
        if (referred.takeOn() == TakeOn.WAITING_LIST) {
            placeOnWaitingList(referrer.team.id, new WaitingListRequest(client.id, false));
            return;
        }
        if (referrer.teamRole != TeamRole.WORKER) {
            throw new InvalidInput("takeOn", "only an employment worker keeps a caseload: put the client on the team's"
                    + " waiting list");
        }
        try {
            assign(client.id, referrer.id, "Taken on at referral");
        } catch (CaseloadFull full) {
            throw new RuleConflict("takeOn", "your caseload is full (%s of %s open cases): put the client on the"
                    .formatted(full.extensions().get("caseload"), full.extensions().get("limit"))
                    + " team's waiting list instead");
        }
    }

    /**
     * Gives the client to the worker: an assignment, or a transfer when someone else holds the case. The worker is
     * told (if they chose to be emailed), unless they gave it to themselves.
     */
    @Transactional
    public Assignment assign(UUID clientId, UUID workerId, String reason) {
        return assign(clientId, workerId, reason, true);
    }

    /**
     * A case as loaded from elsewhere (an import, the demo data): recorded as any assignment, and no one is emailed,
     * as a worker does not need an email for each case of a caseload brought over.
     */
    @Transactional
    public Assignment assignAsLoaded(UUID clientId, UUID workerId, String reason) {
        return assign(clientId, workerId, reason, false);
    }

    private Assignment assign(UUID clientId, UUID workerId, String reason, boolean tellTheWorker) {
        Staff worker = lockWorker(workerId);
        Client client = Client.findExisting(clientId);
        if (client.isClosed()) {
            throw new RuleConflict("The client's case is closed; closed cases are not assigned");
        }
        if (client.worker != null && client.worker.id.equals(worker.id)) {
            throw new RuleConflict("workerId", worker.displayName + " already holds this case");
        }
        long caseload = caseloadOf(worker);
        int limit = limitOf(worker);
        if (caseload + 1 > limit) {
            meters.counter("waymark.caseload.assignments.refused").increment();
            throw new CaseloadFull(worker, caseload, limit);
        }
        Staff from = client.worker;
        client.worker = worker;
        client.team = worker.team;
        client.waitingSince = null;
        Assignment assignment = record(client, from, worker, reason);
        if (tellTheWorker && !worker.id.equals(assignment.assignedBy.id)) {
            assigned.fire(new ClientAssigned(assignment));
        }
        Client.flush();
        return assignment;
    }

    /**
     * A client taken on by an import: given to the worker while their caseload has room, otherwise put on the worker's
     * team's waiting list, never over the limit. Returns whether the worker has the case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean assignOrWait(UUID clientId, UUID workerId, String reason) {
        Staff worker = lockWorker(workerId);
        if (caseloadOf(worker) + 1 > limitOf(worker)) {
            placeOnWaitingList(worker.team.id, new WaitingListRequest(clientId, false));
            return false;
        }
        assign(clientId, workerId, reason, false);
        return true;
    }

    /** The free places on a worker's caseload now (none for someone who holds no cases). */
    public long room(Staff worker) {
        if (worker.team == null || worker.teamRole != TeamRole.WORKER) {
            return 0;
        }
        return Math.max(0, limitOf(worker) - caseloadOf(worker));
    }

    /** Takes the case from its worker and puts the client back on the team's waiting list. */
    @Transactional
    public Assignment unassign(UUID clientId, String reason) {
        Client client = Client.findExisting(clientId);
        if (client.worker == null) {
            throw new RuleConflict("The client has no worker to take the case from");
        }
        Staff from = client.worker;
        client.worker = null;
        client.waitingSince = LocalDate.now(clock);
        Assignment assignment = record(client, from, null, reason);
        Client.flush();
        return assignment;
    }

    @Transactional
    public void placeOnWaitingList(UUID teamId, WaitingListRequest request) {
        Team team = Team.findExisting(teamId);
        Client client = Client.findExisting(request.clientId());
        if (client.isClosed()) {
            throw new RuleConflict("clientId", "the client's case is closed");
        }
        if (client.worker != null) {
            throw new RuleConflict("clientId", client.worker.displayName + " holds this case; take it from them first");
        }
        if (client.waitingSince == null || client.team == null || !client.team.id.equals(team.id)) {
            // Someone never yet given a worker has been waiting since their referral.
            boolean everAssigned = Assignment.count("client", client) > 0;
            client.waitingSince = everAssigned ? LocalDate.now(clock) : client.referralDate;
        }
        client.team = team;
        client.urgent = request.urgent();
    }

    /** Urgent cases first, then by referral date: the order a team lead takes them in. */
    public List<WaitingClient> waitingList(UUID teamId) {
        Team.findExisting(teamId);
        return numbered(Client.list(
                "team.id = ?1 and worker is null and status <> ?2 order by urgent desc, referralDate, reference",
                teamId, ClientStatus.CLOSED), 0);
    }

    /**
     * Open clients with no team and no worker (referred through the API by an intake system, say), oldest referral
     * first, numbered on after a team's waiting list of {@code after}: any team lead may give them a worker.
     */
    public List<WaitingClient> unplaced(int after) {
        return numbered(Client.list("team is null and worker is null and status <> ?1 order by referralDate, reference",
                ClientStatus.CLOSED), after);
    }

    private List<WaitingClient> numbered(List<Client> waiting, int after) {
        LocalDate today = LocalDate.now(clock);
        return IntStream.range(0, waiting.size()).mapToObj(i -> {
            Client c = waiting.get(i);
            LocalDate since = c.waitingSince != null ? c.waitingSince : c.referralDate;
            return new WaitingClient(after + i + 1, c.id, c.reference, c.firstName, c.lastName, c.urgent,
                    c.referralDate, c.waitingSince, ChronoUnit.DAYS.between(since, today), c.currentStage);
        }).toList();
    }

    /** The team's worker with the most free places; ties go to the one with fewer cases. */
    public WorkerCaseload suggestWorker(UUID teamId) {
        TeamCaseload team = ratios.team(teamId);
        return suggestWorker(team)
                .orElseThrow(() -> new RuleConflict("No worker in " + team.teamName() + " has a free place"));
    }

    /** The same choice on figures already read, or none when nobody has room. */
    public Optional<WorkerCaseload> suggestWorker(TeamCaseload team) {
        return team.workers().stream()
                .filter(w -> w.activeClients() < w.limit())
                .max(Comparator.comparingLong((WorkerCaseload w) -> w.limit() - w.activeClients())
                        .thenComparing(WorkerCaseload::activeClients, Comparator.reverseOrder()));
    }

    /** Assigns the first client on the waiting list, to the given worker or to the one with the most room. */
    @Transactional
    public Assignment assignNext(UUID teamId, UUID workerId) {
        List<WaitingClient> waiting = waitingList(teamId);
        if (waiting.isEmpty()) {
            throw new RuleConflict("The waiting list is empty");
        }
        UUID to = workerId != null ? workerId : suggestWorker(teamId).staffId();
        return assign(waiting.get(0).clientId(), to, "Next from the waiting list");
    }

    /** Changing a limit never unassigns anyone: a worker above a lowered limit shows as over it. */
    @Transactional
    public void setDefaultLimit(Integer limit) {
        if (limit == null) {
            throw new InvalidInput("limit", "the organisation's default limit is required");
        }
        requireInRange("limit", limit);
        organisations.current().defaultCaseloadLimit = limit;
    }

    @Transactional
    public Staff setWorkerLimit(UUID staffId, Integer limit) {
        if (limit != null) {
            requireInRange("caseloadLimit", limit);
        }
        Staff worker = Staff.findExisting(staffId);
        worker.caseloadLimit = limit;
        return worker;
    }

    /** A JSON array of who has held the client's ({@code :client}) case, as {@link AssignmentView}, oldest first. */
    public static final String ASSIGNMENTS_OF_CLIENT = """
            select json_agg(json_build_object('id', a.id, 'fromWorkerId', a.from_worker_id,
                    'fromWorkerName', f.display_name, 'toWorkerId', a.to_worker_id, 'toWorkerName', t.display_name,
                    'assignedById', a.assigned_by, 'assignedByName', b.display_name, 'assignedAt', a.assigned_at,
                    'reason', a.reason) order by a.assigned_at)
            from assignment a left join staff f on f.id = a.from_worker_id left join staff t on t.id = a.to_worker_id
                 join staff b on b.id = a.assigned_by
            where a.organisation_code = :organisation and a.client_id = :client""";

    public List<Assignment> history(UUID clientId) {
        Client.findExisting(clientId);
        return Assignment.historyOf(clientId);
    }

    /** A limit is 1 to 200 open cases (the database holds the same bounds). */
    private static void requireInRange(String field, int limit) {
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new InvalidInput(field, "must be between " + MIN_LIMIT + " and " + MAX_LIMIT);
        }
    }

    int limitOf(Staff worker) {
        return WorkerCaseload.limit(worker.caseloadLimit, organisations.current().defaultCaseloadLimit);
    }

    private static long caseloadOf(Staff worker) {
        return Client.count("worker = ?1 and status <> ?2", worker, ClientStatus.CLOSED);
    }

    private static Staff lockWorker(UUID workerId) {
        Staff worker = Staff.findById(workerId, LockModeType.PESSIMISTIC_WRITE);
        if (worker == null) {
            throw new InvalidInput("workerId", "there is no member of staff with this id");
        }
        if (worker.team == null || worker.teamRole != TeamRole.WORKER) {
            throw new RuleConflict("workerId", worker.displayName + " is not a worker in a team, so cannot hold cases");
        }
        return worker;
    }

    private Assignment record(Client client, Staff from, Staff to, String reason) {
        Assignment assignment = new Assignment();
        assignment.client = client;
        assignment.fromWorker = from;
        assignment.toWorker = to;
        assignment.assignedBy = currentStaff.get();
        assignment.reason = reason == null || reason.isBlank() ? null : reason.strip();
        assignment.persist();
        return assignment;
    }

    /**
     * A worker's open cases go where they go: a worker who holds some may not leave their team or become a team lead
     * until they are transferred, and a worker who moves team takes them along.
     */
    void followTheWorker(@Observes TeamChange change) {
        Staff member = change.member();
        long open = Client.count("worker = ?1 and status <> ?2", member, ClientStatus.CLOSED);
        if (open > 0 && change.isLeaving()) {
            throw new RuleConflict(member.displayName + " holds " + open + " open cases; transfer them first");
        }
        if (open > 0 && change.role() == TeamRole.TEAM_LEAD) {
            throw new RuleConflict("role", member.displayName + " holds open cases; transfer them before making them a team lead");
        }
        if (!change.isLeaving()) {
            // Record by record, not one bulk update, so that each client's trail says their team changed.
            Client.<Client>list("worker = ?1 and status <> ?2", member, ClientStatus.CLOSED)
                    .forEach(client -> client.team = change.team());
        }
    }
}
