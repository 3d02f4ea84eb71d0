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

    @Mapping(target = "overdue", expression = "java(FollowUp.isOverdue(followUp.answer, followUp.dueOn, today))")
    @Mapping(target = "answerable", expression = "java(FollowUp.isAnswerable(followUp.answer, followUp.dueOn, today))")
    @Mapping(target = "answeredByName", source = "answeredBy.displayName")
    FollowUpView toView(FollowUp followUp, @Context LocalDate today);

    /**
     * A job read as SQL ({@link OutcomeService#JOBS_OF_CLIENT}), with what depends on the day worked out as for an
     * entity: the hours in force, their band, whether it is current, its outcome date and its checks' standing.
     */
    @Mapping(target = "hoursPerWeek", expression = "java(JobHistory.of(job).hoursOn(today))")
    @Mapping(target = "hoursBand", expression = "java(HoursBand.of(JobHistory.of(job).hoursOn(today)))")
    @Mapping(target = "sixteenHoursOrMore", expression = "java(JobHistory.of(job).hoursOn(today).compareTo(HoursBand.SIXTEEN) >= 0)")
    @Mapping(target = "current", expression = "java(JobOutcome.isCurrentOn(job.startDate(), job.endDate(), today))")
    @Mapping(target = "outcomeDate", expression = "java(JobHistory.outcomeDate(job.type(), job.startDate(), supportStarted.on()))")
    @Mapping(target = "followUps", expression = "java(job.followUps().stream().map(f -> onDay(f, today)).toList())")
    OutcomeView onDay(OutcomeView job, @Context LocalDate today, @Context SupportStarted supportStarted);

    @Mapping(target = "overdue", expression = "java(FollowUp.isOverdue(followUp.answer(), followUp.dueOn(), today))")
    @Mapping(target = "answerable", expression = "java(FollowUp.isAnswerable(followUp.answer(), followUp.dueOn(), today))")
    FollowUpView onDay(FollowUpView followUp, @Context LocalDate today);

    /** The day support began (the client's consent), from which a retained job counts. */
    record SupportStarted(LocalDate on) {
    }

    @Mapping(target = "removedByName", source = "removedBy.displayName")
    JobRemovalView toView(JobOutcomeRemoval removal);
}
