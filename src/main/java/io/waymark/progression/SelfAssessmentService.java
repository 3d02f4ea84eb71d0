package io.waymark.progression;

import io.waymark.client.ClientService;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.common.SqlReads;
import io.waymark.organisation.OrganisationService;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Distance travelled: the client's own self-assessment, scored at the start and at reviews, one a day at most; the
 * change from the first is what the client page charts and the reports average (docs/measures.md).
 */
@ApplicationScoped
public class SelfAssessmentService {

    /** The client's ({@code :client}) self-assessments, oldest first, as a JSON array of {@link SelfAssessmentView}. */
    public static final String OF_CLIENT = """
            select coalesce(json_agg(json_build_object('id', a.id, 'assessedOn', a.assessed_on,
                    'confidence', a.confidence, 'jobSearch', a.job_search, 'healthAtWork', a.health_at_work,
                    'travel', a.travel, 'recordedBy', s.display_name) order by a.assessed_on), '[]')
            from self_assessment a left join staff s on s.id = a.recorded_by
            where a.organisation_code = :organisation and a.client_id = :client""";

    @Inject
    ClientService clients;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OrganisationService organisations;

    @Inject
    SqlReads sql;

    @Inject
    Clock clock;

    public List<SelfAssessmentView> of(UUID clientId) {
        clients.get(clientId);
        return sql.jsonArray(OF_CLIENT, Map.of("organisation", organisations.currentCode(), "client", clientId),
                SelfAssessmentView.class);
    }

    /** One a day: a second the same day is refused (409 naming {@code assessedOn}), also when sent at once. */
    @Transactional
    public SelfAssessmentView record(UUID clientId, SelfAssessmentRequest request) {
        clients.toAddTo(clientId);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.assessedOn() == null ? today : request.assessedOn();
        if (on.isAfter(today)) {
            throw new InvalidInput("assessedOn", "cannot be in the future");
        }
        if (SelfAssessment.count("clientId = ?1 and assessedOn = ?2", clientId, on) > 0) {
            throw new RuleConflict("assessedOn", "the client already scored themselves on " + on);
        }
        SelfAssessment assessment = new SelfAssessment();
        assessment.clientId = clientId;
        assessment.assessedOn = on;
        assessment.confidence = request.confidence();
        assessment.jobSearch = request.jobSearch();
        assessment.healthAtWork = request.healthAtWork();
        assessment.travel = request.travel();
        assessment.recordedBy = currentStaff.get().id;
        assessment.recordedAt = OffsetDateTime.now(clock);
        assessment.persistAndFlush();
        return of(clientId).stream().filter(a -> a.id().equals(assessment.id)).findFirst().orElseThrow();
    }
}
