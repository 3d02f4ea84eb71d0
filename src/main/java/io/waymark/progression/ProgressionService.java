package io.waymark.progression;

import io.waymark.client.ClientService;
import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.common.SqlReads;
import io.waymark.common.StaleVersion;
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
 * Progress that is not yet a job: recorded on the client's record with its day, and removed only as recorded in
 * error. Never a job outcome; the reports count it as its own figures (docs/measures.md, "Progressions").
 */
@ApplicationScoped
public class ProgressionService {

    /** The client's ({@code :client}) progressions, latest first, as a JSON array of {@link ProgressionView}. */
    public static final String OF_CLIENT = """
            select coalesce(json_agg(json_build_object('id', p.id, 'clientId', p.client_id, 'kind', p.kind,
                    'what', p.what, 'happenedOn', p.happened_on, 'endedOn', p.ended_on,
                    'hoursPerWeek', p.hours_per_week, 'recordedBy', s.display_name, 'recordedAt', p.recorded_at,
                    'version', p.version) order by p.happened_on desc, p.recorded_at desc), '[]')
            from progression p left join staff s on s.id = p.recorded_by
            where p.organisation_code = :organisation and p.client_id = :client""";

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

    public List<ProgressionView> of(UUID clientId) {
        clients.get(clientId);
        return sql.jsonArray(OF_CLIENT, Map.of("organisation", organisations.currentCode(), "client", clientId),
                ProgressionView.class);
    }

    @Transactional
    public ProgressionView record(UUID clientId, ProgressionRequest request) {
        clients.toAddTo(clientId);
        LocalDate today = LocalDate.now(clock);
        if (request.happenedOn().isAfter(today)) {
            throw new InvalidInput("happenedOn", "cannot be in the future: record it on the day");
        }
        if (request.happenedOn().isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidInput("happenedOn", "must be after 1900");
        }
        if (request.endedOn() != null && request.endedOn().isBefore(request.happenedOn())) {
            throw new InvalidInput("endedOn", "cannot be before it started");
        }
        Progression progression = new Progression();
        progression.clientId = clientId;
        progression.kind = request.kind();
        progression.what = request.what().strip();
        progression.happenedOn = request.happenedOn();
        progression.endedOn = request.endedOn();
        progression.hoursPerWeek = request.hoursPerWeek();
        progression.recordedBy = currentStaff.get().id;
        progression.recordedAt = OffsetDateTime.now(clock);
        progression.persistAndFlush();
        return of(clientId).stream().filter(p -> p.id().equals(progression.id)).findFirst().orElseThrow();
    }

    /** Removed as recorded in error, based on the version the worker saw. */
    @Transactional
    public void remove(UUID clientId, UUID id, int basedOnVersion) {
        clients.get(clientId);
        Progression progression = Progression.findById(id);
        if (progression == null || !progression.clientId.equals(clientId)) {
            throw new RecordNotFound("Progression", id);
        }
        if (progression.version != basedOnVersion) {
            throw new StaleVersion();
        }
        progression.delete();
        Progression.flush();
    }
}
