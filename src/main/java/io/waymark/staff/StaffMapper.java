package io.waymark.staff;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface StaffMapper {

    @Mapping(target = "teamId", source = "team.id")
    StaffMember toMember(Staff staff);
}
