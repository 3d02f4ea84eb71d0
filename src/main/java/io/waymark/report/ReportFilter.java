package io.waymark.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.waymark.client.AgeBand;
import io.waymark.client.SupportLevel;
import io.waymark.common.Params;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.Programme;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Which clients a report is about; every part left out means "all". Team and worker are the client's current ones;
 * age is the client's age on the last day of the period.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFilter(UUID teamId, UUID workerId, Programme programme, String localAuthority,
        ClientGroup clientGroup, SupportLevel supportLevel, AgeBand ageBand, String field, String fieldValue,
        @JsonIgnore Map<String, Object> ownField) {

    public static final ReportFilter EVERYONE = new ReportFilter(null, null, null, null, null, null, null, null, null,
            null);

    public static ReportFilter parse(String teamId, String workerId, String programme, String localAuthority,
            String clientGroup, String supportLevel, String ageBand, String field, String fieldValue) {
        return new ReportFilter(Params.uuid("teamId", teamId), Params.uuid("workerId", workerId),
                Params.enumValue(Programme.class, "programme", programme),
                localAuthority == null || localAuthority.isBlank() ? null : localAuthority.strip(),
                Params.enumValue(ClientGroup.class, "clientGroup", clientGroup),
                Params.enumValue(SupportLevel.class, "supportLevel", supportLevel),
                Params.enumValue(AgeBand.class, "ageBand", ageBand),
                field == null || field.isBlank() ? null : field.strip(), field == null || field.isBlank() ? null
                        : fieldValue, null);
    }

    /** The filter with its own field's value checked and made what the records store, by the organisation's fields. */
    public ReportFilter withOwnField(CustomFieldService fields) {
        return field == null ? this : new ReportFilter(teamId, workerId, programme, localAuthority, clientGroup,
                supportLevel, ageBand, field, fieldValue, fields.filter(FieldRecord.CLIENT, field, fieldValue));
    }

    public boolean matches(ClientFacts client, LocalDate ageOn) {
        return (teamId == null || teamId.equals(client.teamId()))
                && (workerId == null || workerId.equals(client.workerId()))
                && (programme == null || programme == client.programme())
                && (localAuthority == null || localAuthority.equalsIgnoreCase(client.localAuthority()))
                && (clientGroup == null || client.groups().contains(clientGroup))
                && (supportLevel == null || supportLevel == client.supportLevel())
                && (ageBand == null || ageBand == AgeBand.of(client.dateOfBirth(), ageOn))
                && (ownField == null || ownField.entrySet().stream()
                        .allMatch(wanted -> CustomFieldService.has(client.custom().get(wanted.getKey()), wanted.getValue())));
    }

    /** The name of the first part given, for a refusal that names it; null when none is. */
    public String firstGiven() {
        return teamId != null ? "teamId" : workerId != null ? "workerId" : programme != null ? "programme"
                : localAuthority != null ? "localAuthority" : clientGroup != null ? "clientGroup"
                : supportLevel != null ? "supportLevel" : ageBand != null ? "ageBand" : field != null ? "field" : null;
    }

    /**
     * Costs are entered for the whole service or for a funding stream, so they can be set against a report for
     * everyone or for one programme, and against nothing narrower.
     */
    public boolean canBeCosted() {
        return teamId == null && workerId == null && localAuthority == null && clientGroup == null
                && supportLevel == null && ageBand == null && field == null;
    }
}
