package io.waymark.fidelity;

import io.waymark.common.Labelled;

/** The 25 items of the IPS Fidelity Scale, in the scale's order (domain.md). */
public enum FidelityItem implements Labelled {
    CASELOAD_SIZE(Section.STAFFING, "Caseload size"),
    EMPLOYMENT_SERVICES_STAFF(Section.STAFFING, "Employment services staff"),
    VOCATIONAL_GENERALISTS(Section.STAFFING, "Vocational generalists"),
    INTEGRATION_BY_TEAM_ASSIGNMENT(Section.ORGANISATION, "Integration with the treatment team by team assignment"),
    INTEGRATION_BY_FREQUENT_TEAM_CONTACT(Section.ORGANISATION, "Integration with the treatment team by frequent team contact"),
    COLLABORATION_WITH_VOCATIONAL_REHABILITATION(Section.ORGANISATION, "Collaboration with vocational rehabilitation"),
    VOCATIONAL_UNIT(Section.ORGANISATION, "Vocational unit"),
    ROLE_OF_EMPLOYMENT_SUPERVISOR(Section.ORGANISATION, "Role of employment supervisor"),
    ZERO_EXCLUSION_CRITERIA(Section.ORGANISATION, "Zero exclusion criteria"),
    AGENCY_FOCUS_ON_COMPETITIVE_EMPLOYMENT(Section.ORGANISATION, "Agency focus on competitive employment"),
    EXECUTIVE_TEAM_SUPPORT(Section.ORGANISATION, "Executive team support for supported employment"),
    WORK_INCENTIVES_PLANNING(Section.SERVICES, "Work incentives planning"),
    DISCLOSURE(Section.SERVICES, "Disclosure"),
    ONGOING_WORK_BASED_ASSESSMENT(Section.SERVICES, "Ongoing, work-based vocational assessment"),
    RAPID_SEARCH(Section.SERVICES, "Rapid search for a competitive job"),
    INDIVIDUALISED_JOB_SEARCH(Section.SERVICES, "Individualised job search"),
    JOB_DEVELOPMENT_FREQUENT_EMPLOYER_CONTACT(Section.SERVICES, "Job development: frequent employer contact"),
    JOB_DEVELOPMENT_QUALITY_OF_EMPLOYER_CONTACT(Section.SERVICES, "Job development: quality of employer contact"),
    DIVERSITY_OF_JOB_TYPES(Section.SERVICES, "Diversity of job types"),
    DIVERSITY_OF_EMPLOYERS(Section.SERVICES, "Diversity of employers"),
    COMPETITIVE_JOBS(Section.SERVICES, "Competitive jobs"),
    INDIVIDUALISED_FOLLOW_ALONG_SUPPORTS(Section.SERVICES, "Individualised follow-along supports"),
    TIME_UNLIMITED_FOLLOW_ALONG_SUPPORTS(Section.SERVICES, "Time-unlimited follow-along supports"),
    COMMUNITY_BASED_SERVICES(Section.SERVICES, "Community-based services"),
    ASSERTIVE_ENGAGEMENT_AND_OUTREACH(Section.SERVICES, "Assertive engagement and outreach by the integrated team");

    public enum Section { STAFFING, ORGANISATION, SERVICES }

    private final Section section;
    private final String label;

    FidelityItem(Section section, String label) {
        this.section = section;
        this.label = label;
    }

    public Section section() {
        return section;
    }

    @Override
    public String label() {
        return label;
    }
}
