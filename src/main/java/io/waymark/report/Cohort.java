package io.waymark.report;

/**
 * The NDTi data set (Appendix 6 of the NDTi study) for one group of people: the whole service, or one client group,
 * support level, age band, gender or local authority. Shares are percentages: of everyone supported
 * ({@code shareOfPeopleSupported}), of everyone with a job outcome ({@code shareOfPeopleWithJobOutcome}), and
 * within the group otherwise. Defined in docs/measures.md.
 */
public record Cohort(
        String breakdown,
        String category,
        String label,
        Figure peopleSupported,
        Figure shareOfPeopleSupported,
        Figure peopleWithJobOutcome,
        Figure shareOfPeopleWithJobOutcome,
        Figure jobOutcomeRate,
        Figure gained,
        Figure gainedShare,
        Figure retained,
        Figure retainedShare,
        Figure selfEmployed,
        Figure selfEmployedShare,
        Figure sixteenHoursOrMore,
        Figure sixteenHoursOrMoreShare,
        Figure supportUnder7Hours,
        Figure supportUnder7HoursShare,
        Figure support7To40Hours,
        Figure support7To40HoursShare,
        Figure supportOver40Hours,
        Figure supportOver40HoursShare,
        Figure supportLevelIndex,
        Figure jobOutcomeSupportLevelIndex) {
}
