package io.waymark.outcome;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface JobMatchMapper {

    @Mapping(target = "id", source = "match.id")
    @Mapping(target = "clientId", source = "match.client.id")
    @Mapping(target = "employerId", source = "match.employer.id")
    @Mapping(target = "employerName", source = "match.employer.name")
    @Mapping(target = "opportunityId", source = "match.opportunity.id")
    @Mapping(target = "opportunityTitle", source = "match.opportunity.title")
    @Mapping(target = "status", source = "match.status")
    @Mapping(target = "statusOn", source = "match.statusOn")
    @Mapping(target = "version", source = "match.version")
    JobMatchView toView(JobMatch match, List<JobMatchStep> steps);

    @Mapping(target = "on", source = "stepOn")
    @Mapping(target = "staffName", source = "staff.displayName")
    JobMatchView.Step toStep(JobMatchStep step);
}
