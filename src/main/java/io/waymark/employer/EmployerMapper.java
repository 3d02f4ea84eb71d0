package io.waymark.employer;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface EmployerMapper {

    EmployerView toView(Employer employer);

    @Mapping(target = "staffId", source = "staff.id")
    @Mapping(target = "staffName", source = "staff.displayName")
    EngagementView toView(EmployerEngagement engagement);

    @Mapping(target = "employerId", source = "employer.id")
    @Mapping(target = "employerName", source = "employer.name")
    OpportunityView toView(Opportunity opportunity);

    ContactPerson toPerson(EmployerContact contact);

    EmployerContact toContact(ContactPerson person);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "organisationCode", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "contacts", ignore = true)
    @Mapping(target = "disabilityConfident", ignore = true)
    void apply(EmployerDetails details, @MappingTarget Employer employer);
}
