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

    /** A goal read as SQL, with whether its review is overdue today. */
    @Mapping(target = "reviewOverdue", expression = "java(ActionPlanService.isOverdue(goal.status(), goal.reviewDate(), today))")
    GoalView onDay(GoalView goal, @Context LocalDate today);
}
