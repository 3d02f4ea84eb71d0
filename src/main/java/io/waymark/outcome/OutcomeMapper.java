package io.waymark.outcome;

import java.time.LocalDate;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps outcomes for "today": the hours in force and whether checks are overdue depend on the day. */
@Mapper(imports = HoursBand.class)
public interface OutcomeMapper {

    @Mapping(target = "clientId", source = "client.id")
    @Mapping(target = "employerId", source = "employer.id")
    @Mapping(target = "employerName", source = "employer.name")
    @Mapping(target = "jobMatchId", source = "jobMatch.id")
    @Mapping(target = "hoursPerWeek", expression = "java(outcome.hoursOn(today))")
    @Mapping(target = "hoursBand", expression = "java(HoursBand.of(outcome.hoursOn(today)))")
    @Mapping(target = "sixteenHoursOrMore", expression = "java(outcome.hoursOn(today).compareTo(HoursBand.SIXTEEN) >= 0)")
    @Mapping(target = "current", expression = "java(outcome.isCurrentOn(today))")
    @Mapping(target = "outcomeDate", expression = "java(outcome.outcomeDate())")
    OutcomeView toView(JobOutcome outcome, @Context LocalDate today);

    OutcomeView.HoursView toView(OutcomeHours hours);

    @Mapping(target = "overdue", expression = "java(!followUp.isAnswered() && followUp.dueOn.isBefore(today))")
    @Mapping(target = "answerable", expression = "java(!followUp.isAnswered() && !followUp.dueOn.minus(OutcomeService.EARLIEST_CHECK).isAfter(today))")
    @Mapping(target = "answeredByName", source = "answeredBy.displayName")
    FollowUpView toView(FollowUp followUp, @Context LocalDate today);

    @Mapping(target = "removedByName", source = "removedBy.displayName")
    JobRemovalView toView(JobOutcomeRemoval removal);
}
