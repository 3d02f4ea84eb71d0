package io.waymark.outcome;

import io.waymark.client.Client;
import io.waymark.pathway.JobsHeld;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The pathway's question about a client's jobs, answered from the job outcomes recorded. */
@ApplicationScoped
public class OutcomeJobsHeld implements JobsHeld {

    @Override
    public Held on(Client client, LocalDate day) {
        List<JobOutcome> jobs = JobOutcome.list("client = ?1 and startDate <= ?2 and (endDate is null or endDate > ?2)",
                client, day);
        return new Held(!jobs.isEmpty(), jobs.stream().anyMatch(job -> job.type == OutcomeType.RETAINED));
    }
}
