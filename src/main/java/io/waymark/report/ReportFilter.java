package io.waymark.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waymark.client.AgeBand;
import io.waymark.client.ClientGroup;
import io.waymark.client.Programme;
import io.waymark.client.SupportLevel;
import io.waymark.common.Params;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which clients a report is about; every part left out means "all". Team and worker are the client's current ones;
 * age is the client's age on the last day of the period.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFilter(UUID teamId, UUID workerId, Programme programme, String localAuthority,
        ClientGroup clientGroup, SupportLevel supportLevel, AgeBand ageBand) {

    public static final ReportFilter EVERYONE = new ReportFilter(null, null, null, null, null, null, null);

    public static ReportFilter parse(String teamId, String workerId, String programme, String localAuthority,
            String clientGroup, String supportLevel, String ageBand) {
        return new ReportFilter(Params.uuid("teamId", teamId), Params.uuid("workerId", workerId),
                Params.enumValue(Programme.class, "programme", programme),
                localAuthority == null || localAuthority.isBlank() ? null : localAuthority.strip(),
                Params.enumValue(ClientGroup.class, "clientGroup", clientGroup),
                Params.enumValue(SupportLevel.class, "supportLevel", supportLevel),
                Params.enumValue(AgeBand.class, "ageBand", ageBand));
    }

    public boolean matches(ClientFacts client, LocalDate ageOn) {
        return (teamId == null || teamId.equals(client.teamId()))
                && (workerId == null || workerId.equals(client.workerId()))
                && (programme == null || programme == client.programme())
                && (localAuthority == null || localAuthority.equalsIgnoreCase(client.localAuthority()))
                && (clientGroup == null || client.groups().contains(clientGroup))
                && (supportLevel == null || supportLevel == client.supportLevel())
                && (ageBand == null || ageBand == AgeBand.of(client.dateOfBirth(), ageOn));
    }

    /** The name of the first part given, for a refusal that names it; null when none is. */
    public String firstGiven() {
        return teamId != null ? "teamId" : workerId != null ? "workerId" : programme != null ? "programme"
                : localAuthority != null ? "localAuthority" : clientGroup != null ? "clientGroup"
                : supportLevel != null ? "supportLevel" : ageBand != null ? "ageBand" : null;
    }

    /**
     * Costs are entered for the whole service or for a funding stream, so they can be set against a report for
     * everyone or for one programme, and against nothing narrower.
     */
    public boolean canBeCosted() {
        return teamId == null && workerId == null && localAuthority == null && clientGroup == null
                && supportLevel == null && ageBand == null;
    }
}
