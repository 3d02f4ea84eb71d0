package io.waymark.report;

import io.waymark.client.ClientGroup;
import io.waymark.client.Gender;
import io.waymark.client.Programme;
import io.waymark.client.SupportLevel;
import io.waymark.pathway.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One client as the reports see them: no name, no contact details, only what the measures count. */
public record ClientFacts(UUID id, UUID teamId, UUID workerId, LocalDate dateOfBirth, Gender gender,
        String localAuthority, Programme programme, SupportLevel supportLevel, Set<ClientGroup> groups,
        LocalDate referralDate, LocalDate consentDate, LocalDate closedOn, Map<Stage, LocalDate> stageFirstReached,
        List<JobFacts> jobs) {

    /** Supported in a period: agreed to take part on or before its last day and not closed before its first. */
    public boolean supportedIn(ReportPeriod period) {
        return consentDate != null && !consentDate.isAfter(period.to())
                && (closedOn == null || !closedOn.isBefore(period.from()));
    }

    /** The jobs that count as outcomes of the service. */
    public List<JobFacts> outcomes() {
        return consentDate == null ? List.of() : jobs.stream().filter(j -> j.isOutcomeFor(consentDate)).toList();
    }

    public LocalDate outcomeDate(JobFacts job) {
        return job.outcomeDate(consentDate);
    }

    public boolean inWorkOn(LocalDate day) {
        return jobs.stream().anyMatch(j -> j.coversDate(day));
    }

    public boolean reached(Stage stage, LocalDate by) {
        LocalDate first = stageFirstReached.get(stage);
        return first != null && !first.isAfter(by);
    }
}
