package io.waymark.caseload;

import io.waymark.client.ClientStatus;
import io.waymark.client.Stage;
import io.waymark.common.ReadOnlyWork;
import io.waymark.common.SqlReads;
import io.waymark.organisation.OrganisationService;
import io.waymark.security.TenantContext;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.staff.Team;
import io.waymark.staff.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Caseload ratios for team leads and admins. Whatever the number of teams and workers, a report takes the same
 * few statements: the teams, their workers, open cases grouped by worker and stage, and the waiting lists grouped
 * by team.
 */
@ApplicationScoped
public class CaseloadRatios {

    @Inject
    EntityManager em;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    TenantContext tenant;

    @Inject
    SqlReads sql;

    /** This bean through its proxy, so that a call from within it opens its transaction. */
    @Inject
    CaseloadRatios inTransaction;

    @Transactional
    @ReadOnlyWork
    public TeamCaseload team(UUID teamId) {
        return build(List.of(Team.findExisting(teamId)), teamId).get(0);
    }

    @Transactional
    @ReadOnlyWork
    public OrganisationCaseloads organisation() {
        int defaultLimit = organisations.current().defaultCaseloadLimit;
        return OrganisationCaseloads.of(defaultLimit, build(Team.list("order by name"), null));
    }

    /**
     * The signed-in worker's own caseload, in one statement: their staff row, the organisation's default limit and
     * their open cases by stage. Someone signing in for the first time has no staff row yet; that first request
     * creates it through {@link CurrentStaff}.
     */
    public WorkerCaseload signedInWorker() {
        String organisation = tenant.organisationCode().orElse("");
        List<Object[]> rows = sql.list(SIGNED_IN_WORKER, Map.of("organisation", organisation, "subject", currentStaff.subject()),
                row -> new Object[] {row.getObject("id", UUID.class), row.getString("display_name"),
                        (Integer) row.getObject("caseload_limit"), row.getInt("default_caseload_limit"),
                        row.getString("current_stage"), row.getLong("clients")});
        if (rows.isEmpty()) {
            return inTransaction.worker(currentStaff.get());
        }
        Map<Stage, Long> perStage = zeroPerStage();
        rows.stream().filter(row -> row[4] != null).forEach(row -> perStage.put(Stage.valueOf((String) row[4]), (Long) row[5]));
        Object[] me = rows.get(0);
        return WorkerCaseload.of((UUID) me[0], (String) me[1], WorkerCaseload.limit((Integer) me[2], (Integer) me[3]),
                perStage);
    }

    private static final String SIGNED_IN_WORKER = """
            select s.id, s.display_name, s.caseload_limit, o.default_caseload_limit, c.current_stage,
                count(c.id) as clients
            from staff s join organisation o on o.code = s.organisation_code
                left join client c on c.worker_id = s.id and c.status <> 'CLOSED'
            where s.organisation_code = :organisation and s.subject = :subject
            group by s.id, o.code, c.current_stage""";

    /** One worker's own caseload, whether or not they are in a team. */
    @Transactional
    @ReadOnlyWork
    public WorkerCaseload worker(Staff worker) {
        Map<Stage, Long> perStage = zeroPerStage();
        em.createQuery("""
                        select c.currentStage, count(c) from Client c
                        where c.worker = :worker and c.status <> :closed group by c.currentStage""", Object[].class)
                .setParameter("worker", worker).setParameter("closed", ClientStatus.CLOSED)
                .getResultList().forEach(row -> perStage.put((Stage) row[0], (Long) row[1]));
        return worker(worker, perStage);
    }

    /** A worker's caseload from their open cases by stage, counted by the caller. */
    public WorkerCaseload worker(Staff worker, Map<Stage, Long> openCasesPerStage) {
        Map<Stage, Long> perStage = zeroPerStage();
        perStage.putAll(openCasesPerStage);
        return WorkerCaseload.of(worker.id, worker.displayName,
                WorkerCaseload.limit(worker.caseloadLimit, organisations.current().defaultCaseloadLimit), perStage);
    }

    private List<TeamCaseload> build(List<Team> teams, UUID onlyTeam) {
        int defaultLimit = organisations.current().defaultCaseloadLimit;
        String teamFilter = onlyTeam == null ? "" : " and s.team.id = :team";
        List<Object[]> workers = withTeam(em.createQuery("""
                        select s.team.id, s.id, s.displayName, s.caseloadLimit from Staff s
                        where s.teamRole = :role""" + teamFilter + " order by s.displayName", Object[].class), onlyTeam)
                .setParameter("role", TeamRole.WORKER)
                .getResultList();
        Map<UUID, Map<Stage, Long>> perWorker = new HashMap<>();
        withTeam(em.createQuery("""
                        select c.worker.id, c.currentStage, count(c) from Client c join c.worker s
                        where s.teamRole = :role and c.status <> :closed""" + teamFilter
                        + " group by c.worker.id, c.currentStage", Object[].class), onlyTeam)
                .setParameter("role", TeamRole.WORKER).setParameter("closed", ClientStatus.CLOSED)
                .getResultList()
                .forEach(row -> perWorker.computeIfAbsent((UUID) row[0], id -> zeroPerStage()).put((Stage) row[1], (Long) row[2]));
        Map<UUID, Object[]> waiting = withTeam(em.createQuery("""
                        select c.team.id, count(c), min(c.waitingSince) from Client c
                        where c.worker is null and c.status <> :closed""" + (onlyTeam == null ? "" : " and c.team.id = :team")
                        + " group by c.team.id", Object[].class), onlyTeam)
                .setParameter("closed", ClientStatus.CLOSED)
                .getResultList().stream()
                .filter(row -> row[0] != null)
                .collect(Collectors.toMap(row -> (UUID) row[0], Function.identity()));

        LocalDate today = LocalDate.now(clock);
        return teams.stream().map(team -> {
            List<WorkerCaseload> rows = workers.stream()
                    .filter(w -> team.id.equals(w[0]))
                    .map(w -> WorkerCaseload.of((UUID) w[1], (String) w[2], WorkerCaseload.limit((Integer) w[3], defaultLimit),
                            perWorker.getOrDefault((UUID) w[1], zeroPerStage())))
                    .toList();
            Object[] wait = waiting.get(team.id);
            long length = wait == null ? 0 : (Long) wait[1];
            long oldest = wait == null || wait[2] == null ? 0 : ChronoUnit.DAYS.between((LocalDate) wait[2], today);
            return TeamCaseload.of(team.id, team.name, rows, length, oldest);
        }).toList();
    }

    private static <T> TypedQuery<T> withTeam(TypedQuery<T> query, UUID team) {
        return team == null ? query : query.setParameter("team", team);
    }

    private static Map<Stage, Long> zeroPerStage() {
        Map<Stage, Long> perStage = new EnumMap<>(Stage.class);
        Arrays.stream(Stage.values()).forEach(stage -> perStage.put(stage, 0L));
        return perStage;
    }
}
