package io.waymark.actionplan;

import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface ActionPlanMapper {

    @Mapping(target = "clientId", source = "client.id")
    @Mapping(target = "reviewOverdue", expression = "java(ActionPlanService.isOverdue(goal, today))")
    GoalView toView(ActionGoal goal, @Context LocalDate today);
}
