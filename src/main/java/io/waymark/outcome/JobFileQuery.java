package io.waymark.outcome;

import io.waymark.client.Client;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.employer.EmployerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Reads the job's page in one go. */
@ApplicationScoped
public class JobFileQuery {

    @Inject
    CustomFieldService fields;

    @Inject
    OutcomeService outcomes;

    @Inject
    OutcomeMapper mapper;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    EmployerService employers;

    @Inject
    Clock clock;

    @Transactional
    public JobFile of(UUID clientId, UUID outcomeId) {
        JobOutcome job = outcomes.get(clientId, outcomeId);
        Client client = job.client;
        return new JobFile(client.id, client.firstName + " " + client.lastName, client.reference,
                mapper.toView(job, LocalDate.now(clock)), definitions.evaluate(job),
                employers.search(null).stream().map(e -> new JobFile.Choice(e.id.toString(), e.name)).toList(),
                fields.views(FieldRecord.JOB_OUTCOME));
    }
}
