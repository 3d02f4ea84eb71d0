package io.waymark.pathway;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface StageMoveMapper {

    @Mapping(target = "movedById", source = "movedBy.id")
    @Mapping(target = "movedByName", source = "movedBy.displayName")
    StageMoveView toView(StageMove move);
}
