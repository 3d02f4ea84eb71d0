package io.waymark.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.common.SqlReads;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.JobHistory;
import io.waymark.outcome.OutcomeType;
import io.waymark.progression.ProgressionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads what the measures need in three statements for each provider, whatever the number of its clients: one row
 * per client, one row per dated hours record of their jobs, and one per sustainment check due. A national report reads
 * its programme one provider at a time (listed by a fourth statement), so that it holds one provider's clients at
 * once, not the whole programme's. All run in one read-only transaction (one snapshot, so they agree) on the
 * reporting datasource: a replica where one is configured, the primary by default. Only the clients a report over the
 * window can count are read: supported in it (not closed before it), holding a job whose sustainment points may fall
 * in it (a job's outcome date is never after its end), or with a check due in it.
 */
@ApplicationScoped
public class ReportFacts {

    /**
     * Whose clients: one provider's, or one programme's at every provider sharing it with its national lead.
     */
    public record Scope(String organisationCode, Programme programme) {

        static Scope service(String organisationCode) {
            return new Scope(organisationCode, null);
        }

        static Scope programme(Programme programme) {
            return new Scope(null, programme);
        }

        boolean national() {
            return programme != null;
        }
    }

    private static final String PROVIDERS = """
            select o.code, o.name from programme_sharing s join organisation o on o.code = s.organisation_code
             where s.programme = :programme order by o.name, o.code""";

    private static final String RELEVANT = """
            c.consent_date <= :upTo and c.merged_into is null
            and (c.closed_on is null or c.closed_on >= :since
                 or exists (select 1 from job_outcome j where j.client_id = c.id
                             and (j.end_date is null or j.end_date >= :jobsSince))
                 or exists (select 1 from job_outcome j join follow_up f on f.job_outcome_id = j.id
                             where j.client_id = c.id and f.due_on >= :since))""";

    /** The clients a report counts, and those referred in its periods, whose waits from referral it measures. */
    private static final String RELEVANT_OR_REFERRED = "((" + RELEVANT + ") or (c.merged_into is null"
            + " and c.referral_date >= :since and c.referral_date <= :upTo))";

    private static final String CLIENTS = """
            select c.id, c.organisation_code, c.team_id, c.worker_id, c.date_of_birth, c.gender, c.local_authority,
                   c.programme, c.support_level, c.referral_date, c.consent_date, c.closed_on,
                   (select string_agg(g.client_group, ',') from client_group g where g.client_id = c.id) as groups,
                   (select string_agg(s.to_stage || '=' || s.first_on, ',')
                      from (select m.to_stage, min(m.moved_on) as first_on from stage_move m
                             where m.client_id = c.id group by m.to_stage) s) as stages,
                   nullif(c.custom, '{}')::text as custom, c.referral_source,
                   (select (r.decided_at at time zone 'Europe/London')::date - (r.received_at at time zone 'Europe/London')::date
                      from referral r where r.client_id = c.id order by r.received_at limit 1) as days_to_acceptance,
                   (select min((t.happened_at at time zone 'Europe/London')::date) from contact t
                     where t.client_id = c.id) as first_contact_on,
                   (select string_agg(p.kind || '=' || p.happened_on, ',') from progression p
                     where p.client_id = c.id and p.happened_on >= :since and p.happened_on <= :upTo) as progressions,
                   (select string_agg(a.assessed_on || '=' || a.confidence || ':' || a.job_search || ':'
                           || a.health_at_work || ':' || a.travel, ',' order by a.assessed_on)
                      from self_assessment a where a.client_id = c.id and a.assessed_on <= :upTo) as assessments
              from client c
             where {clients} and {relevantOrReferred}""";

    private static final String JOBS = """
            select r.client_id, r.id, r.type, r.start_date, r.end_date, h.effective_from, h.hours_per_week
              from job_outcome r
              join client c on c.id = r.client_id
              join outcome_hours h on h.job_outcome_id = r.id
             where {rows} and {clients} and {relevant} and r.start_date <= :upTo
             order by r.client_id, r.id, h.effective_from""";

    private static final String CHECKS = """
            select o.client_id, r.job_outcome_id, r.label, r.due_on, r.answer, r.checked_on, r.reason
              from follow_up r
              join job_outcome o on o.id = r.job_outcome_id
              join client c on c.id = o.client_id
             where {rows} and {clients} and {relevant} and r.due_on <= :upTo""";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @DataSource("reporting")
    AgroalDataSource reporting;

    @Inject
    SqlReads reads;

    /**
     * Reads the clients a report over {@code since} to {@code upTo} can count, with their jobs and checks, and hands
     * them on a provider at a time; answers the providers of a national scope (code and name), none for one provider.
     */
    public Map<String, String> read(Scope scope, LocalDate since, LocalDate upTo, Consumer<List<ClientFacts>> eachProvider) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("upTo", upTo);
        parameters.put("since", since);
        parameters.put("jobsSince", since.minusWeeks(OutcomeMeasures.SUSTAINMENT_WEEKS.get(
                OutcomeMeasures.SUSTAINMENT_WEEKS.size() - 1)));
        try (Connection connection = reporting.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Map<String, String> providers = new LinkedHashMap<>();
                if (scope.national()) {
                    parameters.put("programme", scope.programme().name());
                    reads.list(connection, PROVIDERS, parameters, row -> Map.entry(row.getString(1), row.getString(2)))
                            .forEach(provider -> providers.put(provider.getKey(), provider.getValue()));
                }
                for (String provider : scope.national() ? providers.keySet() : List.of(scope.organisationCode())) {
                    parameters.put("org", provider);
                    eachProvider.accept(clients(connection, scope, parameters));
                }
                connection.commit();
                return providers;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The report's facts could not be read (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** One provider's clients (of the programme, nationally) with their jobs and checks. */
    private List<ClientFacts> clients(Connection connection, Scope scope, Map<String, Object> parameters) {
        Map<UUID, List<JobHistory>> jobs = jobs(connection, sql(JOBS, scope), parameters);
        Map<UUID, List<SustainmentCheck>> checks = new HashMap<>();
        reads.list(connection, sql(CHECKS, scope), parameters, row -> checks
                .computeIfAbsent((UUID) row.getObject(1), k -> new ArrayList<>()).add(check(row)));
        return reads.list(connection, sql(CLIENTS, scope), parameters, row -> client(row,
                jobs.getOrDefault((UUID) row.getObject("id"), List.of()),
                checks.getOrDefault((UUID) row.getObject("id"), List.of())));
    }

    private static String sql(String template, Scope scope) {
        return template.replace("{relevantOrReferred}", RELEVANT_OR_REFERRED).replace("{relevant}", RELEVANT)
                .replace("{clients}", "c.organisation_code = :org" + (scope.national() ? " and c.programme = :programme" : ""))
                .replace("{rows}", "r.organisation_code = :org");
    }

    private Map<UUID, List<JobHistory>> jobs(Connection connection, String sql, Map<String, Object> parameters) {
        Map<UUID, List<JobHistory>> byClient = new HashMap<>();
        JobHistory[] current = {null};
        reads.list(connection, sql, parameters, row -> {
            UUID jobId = (UUID) row.getObject(2);
            if (current[0] == null || !current[0].id().equals(jobId)) {
                current[0] = new JobHistory(jobId, OutcomeType.valueOf(row.getString(3)), date(row.getObject(4)),
                        date(row.getObject(5)), new TreeMap<>());
                byClient.computeIfAbsent((UUID) row.getObject(1), k -> new ArrayList<>()).add(current[0]);
            }
            current[0].hoursFrom().put(date(row.getObject(6)), row.getBigDecimal(7));
            return null;
        });
        return byClient;
    }

    private static SustainmentCheck check(ResultSet row) throws SQLException {
        String answer = row.getString(5);
        return new SustainmentCheck((UUID) row.getObject(2), row.getString(3), date(row.getObject(4)),
                answer == null ? null : FollowUpAnswer.valueOf(answer), date(row.getObject(6)), row.getString(7));
    }

    private static ClientFacts client(ResultSet row, List<JobHistory> jobs, List<SustainmentCheck> checks)
            throws SQLException {
        return new ClientFacts((UUID) row.getObject("id"), row.getString("organisation_code"),
                (UUID) row.getObject("team_id"), (UUID) row.getObject("worker_id"), date(row.getObject("date_of_birth")),
                Gender.valueOf(row.getString("gender")), row.getString("local_authority"),
                Programme.valueOf(row.getString("programme")), SupportLevel.valueOf(row.getString("support_level")),
                groups(row.getString("groups")), date(row.getObject("referral_date")),
                date(row.getObject("consent_date")), date(row.getObject("closed_on")), stages(row.getString("stages")),
                jobs, checks, custom(row.getString("custom")), ReferralSource.valueOf(row.getString("referral_source")),
                (Integer) row.getObject("days_to_acceptance"), date(row.getObject("first_contact_on")),
                progressions(row.getString("progressions")), assessments(row.getString("assessments")));
    }

    /** The client's own fields' values (most clients have none, read as no text). */
    private static Map<String, Object> custom(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a client's own fields could not be read", e);
        }
    }

    private static Set<ClientGroup> groups(String list) {
        Set<ClientGroup> groups = EnumSet.noneOf(ClientGroup.class);
        if (list != null) {
            Arrays.stream(list.split(",")).map(ClientGroup::valueOf).forEach(groups::add);
        }
        return groups;
    }

    private static List<ProgressionFact> progressions(String list) {
        List<ProgressionFact> progressions = new ArrayList<>();
        if (list != null) {
            for (String pair : list.split(",")) {
                String[] parts = pair.split("=");
                progressions.add(new ProgressionFact(ProgressionKind.valueOf(parts[0]), LocalDate.parse(parts[1])));
            }
        }
        return progressions;
    }

    private static List<AssessmentFact> assessments(String list) {
        List<AssessmentFact> assessments = new ArrayList<>();
        if (list != null) {
            for (String one : list.split(",")) {
                String[] parts = one.split("=");
                assessments.add(new AssessmentFact(LocalDate.parse(parts[0]),
                        Arrays.stream(parts[1].split(":")).mapToInt(Integer::parseInt).toArray()));
            }
        }
        return assessments;
    }

    private static Map<Stage, LocalDate> stages(String list) {
        Map<Stage, LocalDate> reached = new EnumMap<>(Stage.class);
        if (list != null) {
            for (String pair : list.split(",")) {
                String[] parts = pair.split("=");
                reached.put(Stage.valueOf(parts[0]), LocalDate.parse(parts[1]));
            }
        }
        return reached;
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
