package io.waymark.report;

import io.waymark.client.ClientGroup;
import io.waymark.client.Gender;
import io.waymark.client.Programme;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.JobHistory;
import io.waymark.outcome.OutcomeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads what the measures need in three statements, whatever the number of clients: one row per client who had agreed
 * to take part by the given day, one row per dated hours record of their jobs, and one per sustainment check due. These are native queries, which
 * Hibernate's tenant filter does not see, so each names the organisation itself.
 */
@ApplicationScoped
public class ReportFacts {

    @Inject
    EntityManager em;

    public List<ClientFacts> load(String organisationCode, LocalDate upTo) {
        Map<UUID, List<JobHistory>> jobs = jobs(organisationCode, upTo);
        Map<UUID, List<SustainmentCheck>> checks = checks(organisationCode, upTo);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.team_id, c.worker_id, c.date_of_birth, c.gender, c.local_authority, c.programme,
                       c.support_level, c.referral_date, c.consent_date, c.closed_on,
                       (select string_agg(g.client_group, ',') from client_group g where g.client_id = c.id),
                       (select string_agg(s.to_stage || '=' || s.first_on, ',')
                          from (select m.to_stage, min(m.moved_on) as first_on from stage_move m
                                 where m.client_id = c.id group by m.to_stage) s)
                  from client c
                 where c.organisation_code = :org and c.consent_date <= :upTo and c.merged_into is null""")
                .setParameter("org", organisationCode)
                .setParameter("upTo", upTo)
                .getResultList();
        List<ClientFacts> clients = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            clients.add(new ClientFacts(id, (UUID) row[1], (UUID) row[2], date(row[3]),
                    Gender.valueOf((String) row[4]), (String) row[5], Programme.valueOf((String) row[6]),
                    SupportLevel.valueOf((String) row[7]), groups((String) row[11]), date(row[8]), date(row[9]),
                    date(row[10]), stages((String) row[12]), jobs.getOrDefault(id, List.of()), checks.getOrDefault(id, List.of())));
        }
        return clients;
    }

    private Map<UUID, List<JobHistory>> jobs(String organisationCode, LocalDate upTo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.client_id, o.id, o.type, o.start_date, o.end_date, h.effective_from, h.hours_per_week
                  from job_outcome o
                  join client c on c.id = o.client_id
                  join outcome_hours h on h.job_outcome_id = o.id
                 where o.organisation_code = :org and c.consent_date <= :upTo and o.start_date <= :upTo
                 order by o.client_id, o.id, h.effective_from""")
                .setParameter("org", organisationCode)
                .setParameter("upTo", upTo)
                .getResultList();
        Map<UUID, List<JobHistory>> byClient = new HashMap<>();
        JobHistory current = null;
        for (Object[] row : rows) {
            UUID jobId = (UUID) row[1];
            if (current == null || !current.id().equals(jobId)) {
                current = new JobHistory(jobId, OutcomeType.valueOf((String) row[2]), date(row[3]), date(row[4]),
                        new TreeMap<>());
                byClient.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(current);
            }
            current.hoursFrom().put(date(row[5]), (BigDecimal) row[6]);
        }
        return byClient;
    }

    private Map<UUID, List<SustainmentCheck>> checks(String organisationCode, LocalDate upTo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.client_id, f.job_outcome_id, f.label, f.due_on, f.answer, f.checked_on, f.reason
                  from follow_up f
                  join job_outcome o on o.id = f.job_outcome_id
                  join client c on c.id = o.client_id
                 where f.organisation_code = :org and c.consent_date <= :upTo and f.due_on <= :upTo""")
                .setParameter("org", organisationCode)
                .setParameter("upTo", upTo)
                .getResultList();
        Map<UUID, List<SustainmentCheck>> byClient = new HashMap<>();
        for (Object[] row : rows) {
            byClient.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new SustainmentCheck((UUID) row[1],
                    (String) row[2], date(row[3]), row[4] == null ? null : FollowUpAnswer.valueOf((String) row[4]),
                    date(row[5]), (String) row[6]));
        }
        return byClient;
    }

    private static Set<ClientGroup> groups(String list) {
        Set<ClientGroup> groups = EnumSet.noneOf(ClientGroup.class);
        if (list != null) {
            Arrays.stream(list.split(",")).map(ClientGroup::valueOf).forEach(groups::add);
        }
        return groups;
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
