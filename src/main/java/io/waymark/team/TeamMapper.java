package io.waymark.team;

import org.mapstruct.Mapper;

@Mapper
public interface TeamMapper {

    TeamView toView(Team team);
}
