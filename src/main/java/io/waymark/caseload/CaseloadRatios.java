package io.waymark.caseload;

import io.quarkus.security.ForbiddenException;
import io.waymark.client.Stage;
import io.waymark.common.ReadOnlyWork;
import io.waymark.common.RecordNotFound;
import io.waymark.common.SqlReads;
import io.waymark.organisation.OrganisationService;
import io.waymark.security.TenantContext;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Caseload ratios for team leads and admins, and a worker's own caseload. Whatever the number of teams and workers,
 * each is one statement: the teams, their workers, open cases by worker and stage and the waiting lists together.
 */
@ApplicationScoped
public class CaseloadRatios {

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

    /** One team's ratios, in one statement. */
    public TeamCaseload team(UUID teamId) {
        return teams(teamId).stream().findFirst().orElseThrow(() -> new RecordNotFound("team", teamId));
    }

    /** Every team's ratios and the organisation's totals. */
    @Transactional
    @ReadOnlyWork
    public OrganisationCaseloads organisation() {
        return OrganisationCaseloads.of(organisations.current().defaultCaseloadLimit, teams(null));
    }

    /**
     * Teams (one, or all by name) with their workers by name, each worker's open cases by stage, and the team's
     * waiting list: its length and since when its oldest client has waited.
     */
    private static final String TEAMS = """
            select t.id, t.name, o.default_caseload_limit,
                (select json_agg(json_build_object('id', s.id, 'name', s.display_name, 'ownLimit', s.caseload_limit,
                        'perStage', (select json_object_agg(open.current_stage, open.clients) from (
                            select c.current_stage, count(*) as clients from client c
                            where c.organisation_code = s.organisation_code and c.worker_id = s.id
                              and c.status <> 'CLOSED' group by c.current_stage) open))
                    order by s.display_name)
                 from staff s where s.team_id = t.id and s.team_role = 'WORKER') as workers,
                w.waiting, w.oldest
            from team t join organisation o on o.code = t.organisation_code,
                lateral (select count(*) as waiting, min(c.waiting_since) as oldest from client c
                         where c.team_id = t.id and c.worker_id is null and c.status <> 'CLOSED') w
            where t.organisation_code = :organisation and (cast(:team as uuid) is null or t.id = :team)
            order by t.name""";

    /** A worker of a team as {@link #TEAMS} gives them. */
    record TeamWorker(UUID id, String name, Integer ownLimit, Map<Stage, Long> perStage) {
    }

    private List<TeamCaseload> teams(UUID onlyTeam) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", organisationCode());
        parameters.put("team", onlyTeam);
        return sql.list(TEAMS, parameters, row -> {
            int defaultLimit = row.getInt("default_caseload_limit");
            List<WorkerCaseload> workers = sql.jsonList(row.getString("workers"), TeamWorker.class).stream()
                    .map(w -> {
                        Map<Stage, Long> perStage = zeroPerStage();
                        if (w.perStage() != null) {
                            perStage.putAll(w.perStage());
                        }
                        return WorkerCaseload.of(w.id(), w.name(), WorkerCaseload.limit(w.ownLimit(), defaultLimit), perStage);
                    })
                    .toList();
            LocalDate oldest = row.getObject("oldest", LocalDate.class);
            return TeamCaseload.of(row.getObject("id", UUID.class), row.getString("name"), workers, row.getLong("waiting"),
                    oldest == null ? 0 : ChronoUnit.DAYS.between(oldest, today));
        });
    }

    private String organisationCode() {
        return tenant.organisationCode().orElseThrow(() -> new ForbiddenException("Your account is not linked to an organisation"));
    }

    /**
     * The signed-in worker's own caseload, in one statement: their staff row, the organisation's default limit and
     * their open cases by stage. Someone signing in for the first time has no staff row yet: {@link CurrentStaff}
     * creates it (or refuses an organisation Waymark does not know), and the statement runs again.
     */
    public WorkerCaseload signedInWorker() {
        return signedInWorkerIfKnown().orElseGet(() -> {
            currentStaff.get();
            return signedInWorkerIfKnown().orElseThrow();
        });
    }

    /** The caseload API's statement; public for the driver comparison of the benchmarks (io.waymark.scale). */
    public static final String SIGNED_IN_WORKER = """
            select s.id, s.display_name, s.caseload_limit, o.default_caseload_limit, c.current_stage,
                count(c.id) as clients
            from staff s join organisation o on o.code = s.organisation_code
                left join client c on c.organisation_code = s.organisation_code and c.worker_id = s.id
                    and c.status <> 'CLOSED'
            where s.organisation_code = :organisation and s.subject = :subject
            group by s.id, o.code, c.current_stage""";

    /** A row of {@link #SIGNED_IN_WORKER}: the worker, and their open cases at one stage (none: no stage). */
    private record OpenCasesAtStage(UUID id, String name, int limit, String stage, long clients) {
    }

    private Optional<WorkerCaseload> signedInWorkerIfKnown() {
        List<OpenCasesAtStage> rows = sql.list(SIGNED_IN_WORKER,
                Map.of("organisation", tenant.organisationCode().orElse(""), "subject", currentStaff.subject()),
                row -> new OpenCasesAtStage(row.getObject("id", UUID.class), row.getString("display_name"),
                        WorkerCaseload.limit((Integer) row.getObject("caseload_limit"), row.getInt("default_caseload_limit")),
                        row.getString("current_stage"), row.getLong("clients")));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Stage, Long> perStage = zeroPerStage();
        rows.stream().filter(row -> row.stage() != null).forEach(row -> perStage.put(Stage.valueOf(row.stage()), row.clients()));
        OpenCasesAtStage me = rows.get(0);
        return Optional.of(WorkerCaseload.of(me.id(), me.name(), me.limit(), perStage));
    }

    /** A worker's caseload from their open cases by stage, counted by the caller. */
    public WorkerCaseload worker(Staff worker, Map<Stage, Long> openCasesPerStage) {
        return worker(worker.id, worker.displayName, worker.caseloadLimit, organisations.current().defaultCaseloadLimit,
                openCasesPerStage);
    }

    /** A worker's caseload from figures read with it: their own limit, if set, else the organisation's default. */
    public static WorkerCaseload worker(UUID id, String name, Integer ownLimit, int organisationLimit,
            Map<Stage, Long> openCasesPerStage) {
        Map<Stage, Long> perStage = zeroPerStage();
        perStage.putAll(openCasesPerStage);
        return WorkerCaseload.of(id, name, WorkerCaseload.limit(ownLimit, organisationLimit), perStage);
    }

    private static Map<Stage, Long> zeroPerStage() {
        Map<Stage, Long> perStage = new EnumMap<>(Stage.class);
        Arrays.stream(Stage.values()).forEach(stage -> perStage.put(stage, 0L));
        return perStage;
    }
}
