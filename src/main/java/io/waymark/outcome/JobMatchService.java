package io.waymark.outcome;

import io.waymark.client.Client;
import io.waymark.client.ClientStatus;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.employer.Employer;
import io.waymark.employer.Opportunity;
import io.waymark.employer.OpportunityStatus;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.staff.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Job matching: a client matched to an employer or opportunity, taken through the pipeline to an answer. */
@ApplicationScoped
public class JobMatchService {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Transactional
    public JobMatch propose(UUID clientId, JobMatchRequest request) {
        Client client = Client.findExisting(clientId);
        if (client.isClosed()) {
            throw new RuleConflict("The client's case is closed");
        }
        JobMatch match = new JobMatch();
        match.client = client;
        if (request.opportunityId() != null) {
            Opportunity opportunity = Opportunity.findById(request.opportunityId());
            if (opportunity == null) {
                throw new InvalidInput("opportunityId", "there is no opportunity with this id");
            }
            if (opportunity.status != OpportunityStatus.OPEN) {
                throw new RuleConflict("opportunityId", "the opportunity is " + opportunity.status);
            }
            if (request.employerId() != null && !request.employerId().equals(opportunity.employer.id)) {
                throw new InvalidInput("employerId", "is not the employer of the opportunity");
            }
            match.opportunity = opportunity;
            match.employer = opportunity.employer;
        } else if (request.employerId() != null) {
            match.employer = Employer.findById(request.employerId());
            if (match.employer == null) {
                throw new InvalidInput("employerId", "there is no employer with this id");
            }
        } else {
            throw new InvalidInput("opportunityId", "name an opportunity or an employer");
        }
        match.status = JobMatchStatus.PROPOSED;
        match.statusOn = LocalDate.now(clock);
        match.persist();
        step(match, request.note());
        return match;
    }

    @Transactional
    public JobMatch advance(UUID clientId, UUID matchId, JobMatchStepRequest request) {
        JobMatch match = JobMatch.findWithEmployer(clientId, matchId);
        if (!match.status.canMoveTo(request.status())) {
            throw new RuleConflict("status", "a match that is " + match.status + " cannot become " + request.status());
        }
        LocalDate on = request.on() != null ? request.on() : LocalDate.now(clock);
        if (on.isBefore(match.statusOn)) {
            throw new InvalidInput("on", "cannot be before the last step, on " + match.statusOn);
        }
        match.status = request.status();
        match.statusOn = on;
        step(match, request.note());
        return match;
    }

    /**
     * The matches of the clients someone works with, newest first: a worker's own clients' and the matches they have
     * moved along themselves; a team lead's team's.
     */
    public List<JobMatch> board(Staff member) {
        return member.teamRole == TeamRole.TEAM_LEAD && member.team != null
                ? JobMatch.list("""
                        from JobMatch m join fetch m.client c join fetch m.employer left join fetch m.opportunity
                        where c.team = ?1 and c.status <> ?2 order by m.statusOn desc, m.createdAt desc""",
                        member.team, ClientStatus.CLOSED)
                : JobMatch.list("""
                        from JobMatch m join fetch m.client c join fetch m.employer left join fetch m.opportunity
                        where (c.worker = ?1 or exists (from JobMatchStep s where s.jobMatch = m and s.staff = ?1))
                          and c.status <> ?2 order by m.statusOn desc, m.createdAt desc""",
                        member, ClientStatus.CLOSED);
    }

    /** One of the client's matches, with its employer and opportunity. */
    public JobMatch get(UUID clientId, UUID matchId) {
        return JobMatch.findWithEmployer(clientId, matchId);
    }

    /** A JSON array of the client's ({@code :client}) job matches as {@link JobMatchView}, newest first, with steps. */
    public static final String MATCHES_OF_CLIENT = """
            select json_agg(json_build_object('id', m.id, 'clientId', m.client_id, 'employerId', e.id,
                    'employerName', e.name, 'opportunityId', o.id, 'opportunityTitle', o.title, 'status', m.status,
                    'statusOn', m.status_on, 'version', m.version,
                    'steps', coalesce((select json_agg(json_build_object('status', s.status, 'on', s.step_on,
                                          'staffName', w.display_name, 'note', s.note) order by s.recorded_at)
                                      from job_match_step s join staff w on w.id = s.staff_id
                                      where s.job_match_id = m.id), '[]'))
                order by m.created_at desc)
            from job_match m join employer e on e.id = m.employer_id left join opportunity o on o.id = m.opportunity_id
            where m.organisation_code = :organisation and m.client_id = :client""";

    public List<JobMatch> list(UUID clientId) {
        Client.findExisting(clientId);
        return JobMatch.list("""
                from JobMatch m join fetch m.employer left join fetch m.opportunity
                where m.client.id = ?1 order by m.createdAt desc""", clientId);
    }

    /** The steps of several matches in one query, each match's in order. */
    public java.util.Map<JobMatch, List<JobMatchStep>> stepsOf(List<JobMatch> matches) {
        java.util.Map<UUID, List<JobMatchStep>> byMatch = new java.util.HashMap<>();
        if (!matches.isEmpty()) {
            JobMatchStep.<JobMatchStep>list("from JobMatchStep s join fetch s.staff where s.jobMatch in ?1 order by s.recordedAt",
                    matches).forEach(step -> byMatch.computeIfAbsent(step.jobMatch.id, k -> new java.util.ArrayList<>()).add(step));
        }
        java.util.Map<JobMatch, List<JobMatchStep>> steps = new java.util.LinkedHashMap<>();
        matches.forEach(m -> steps.put(m, byMatch.getOrDefault(m.id, List.of())));
        return steps;
    }

    public List<JobMatchStep> steps(JobMatch match) {
        return JobMatchStep.list("from JobMatchStep s join fetch s.staff where s.jobMatch = ?1 order by s.recordedAt", match);
    }

    private void step(JobMatch match, String note) {
        JobMatchStep step = new JobMatchStep();
        step.jobMatch = match;
        step.status = match.status;
        step.stepOn = match.statusOn;
        step.staff = currentStaff.get();
        step.note = note == null || note.isBlank() ? null : note.strip();
        step.persist();
    }
}
