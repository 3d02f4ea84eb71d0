package io.waymark.caseload;

import java.util.List;

/** Every team of the organisation, and the organisation as a whole, for admins. */
public record OrganisationCaseloads(int defaultLimit, List<TeamCaseload> teams, int workerCount, long activeClients,
        String ratio, long totalCapacity, long freePlaces, long waitingListLength) {

    static OrganisationCaseloads of(int defaultLimit, List<TeamCaseload> teams) {
        int workers = teams.stream().mapToInt(TeamCaseload::workerCount).sum();
        long active = teams.stream().mapToLong(TeamCaseload::activeClients).sum();
        return new OrganisationCaseloads(defaultLimit, teams, workers, active, TeamCaseload.ratio(active, workers),
                teams.stream().mapToLong(TeamCaseload::totalCapacity).sum(),
                teams.stream().mapToLong(TeamCaseload::freePlaces).sum(),
                teams.stream().mapToLong(TeamCaseload::waitingListLength).sum());
    }
}
