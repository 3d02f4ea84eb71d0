package io.waymark.staff;

import org.mapstruct.Mapper;

@Mapper
public interface TeamMapper {

    TeamView toView(Team team);
}
