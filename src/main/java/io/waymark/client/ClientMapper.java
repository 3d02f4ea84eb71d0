package io.waymark.client;

import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface ClientMapper {

    @Mapping(target = "ageBand", expression = "java(AgeBand.of(client.dateOfBirth, today))")
    @Mapping(target = "workerId", source = "client.worker.id")
    @Mapping(target = "teamId", source = "client.team.id")
    @Mapping(target = "assessmentDueOn", expression = "java(client.assessmentDueOn())")
    @Mapping(target = "programme", expression = "java(client.programmeCode())")
    @Mapping(target = "referralSource", expression = "java(client.referralSourceCode())")
    @Mapping(target = "closureReason", expression = "java(client.closureReasonCode())")
    @Mapping(target = "clientGroups", expression = "java(client.groupCodes())")
    @Mapping(target = "nationally", expression = "java(new ClientView.Nationally(client.programme, client.referralSource, client.clientGroups.stream().sorted(java.util.Comparator.comparing(Enum::name)).toList(), client.closureReason))")
    ClientView toView(Client client, LocalDate today);

    /** A record read as SQL, with its age band and assessment date worked out as for an entity. */
    @Mapping(target = "ageBand", expression = "java(AgeBand.of(client.dateOfBirth(), today))")
    @Mapping(target = "assessmentDueOn", expression = "java(Client.assessmentDueOn(client.needsIntenseSupport(), client.programmeStartDate(), client.referralDate()))")
    ClientView onDay(ClientView client, @Context LocalDate today);

    ClientSummary toSummary(ClientRow row);

    @Mapping(target = "mergedByName", source = "mergedBy.displayName")
    ClientMergeView toView(ClientMerge merge);

    /** Copies what a worker may edit; status, stage, team, worker and consent flag are the services' to set. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "organisationCode", ignore = true)
    @Mapping(target = "reference", ignore = true)
    @Mapping(target = "clientGroups", ignore = true)
    @Mapping(target = "consentGiven", ignore = true)
    @Mapping(target = "consentScope", ignore = true)
    @Mapping(target = "consentWithdrawnOn", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "closureReason", ignore = true)
    @Mapping(target = "closedOn", ignore = true)
    @Mapping(target = "currentStage", ignore = true)
    @Mapping(target = "stageEnteredOn", ignore = true)
    @Mapping(target = "worker", ignore = true)
    @Mapping(target = "team", ignore = true)
    @Mapping(target = "recommendedRoute", ignore = true)
    @Mapping(target = "urgent", ignore = true)
    @Mapping(target = "waitingSince", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "mergedInto", ignore = true)
    @Mapping(target = "anonymisedOn", ignore = true)
    @Mapping(target = "stageOrder", ignore = true)
    @Mapping(target = "custom", ignore = true)
    @Mapping(target = "programme", ignore = true)
    @Mapping(target = "referralSource", ignore = true)
    @Mapping(target = "localAuthority", ignore = true)
    @Mapping(target = "ownProgramme", ignore = true)
    @Mapping(target = "ownReferralSource", ignore = true)
    @Mapping(target = "ownClosureReason", ignore = true)
    @Mapping(target = "ownClientGroups", ignore = true)
    @Mapping(target = "messageChannels", ignore = true)
    void apply(ClientDetails details, @MappingTarget Client client);
}
