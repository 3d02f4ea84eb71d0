package io.waymark.security;

import java.util.Collection;

/**
 * What the signed-in user may do, for the pages to offer only that (and for API clients, on {@code /api/v1/me}).
 * Built from {@link Act}'s table, so a page never shows an act the API would refuse.
 */
public record Can(boolean keepCaseload, boolean findClients, boolean referClient, boolean editClient,
        boolean closeCase, boolean recordContact, boolean planContact, boolean moveStage,
        boolean addGoal, boolean recordJob, boolean workWithEmployers, boolean matchJobs, boolean answerFollowUp, boolean assignClient, boolean bookAssessment, boolean changeBooking,
        boolean withdrawConsent, boolean mergeClients, boolean eraseClient, boolean publishSlots,
        boolean recordAttendance, boolean recordAssessment, boolean viewTeam, boolean createTeam,
        boolean setDefaultLimit, boolean viewReports, boolean manageCosts, boolean shareWithFunders,
        boolean manageDefinitions, boolean reviewFidelity, boolean readAuditTrail, boolean exportSubjectAccess,
        boolean viewFundedServices, boolean viewNationalReport, boolean importRecords, boolean manageFields,
        boolean reviewReferrals, boolean manageReferralForms, boolean manageMessageTemplates,
        boolean readDocuments, boolean attachDocument) {

    public static Can of(Collection<String> roles) {
        return new Can(Act.allowed(Act.KEEP_CASELOAD, roles), Act.allowed(Act.FIND_CLIENTS, roles),
                Act.allowed(Act.REFER_CLIENT, roles), Act.allowed(Act.EDIT_CLIENT, roles),
                Act.allowed(Act.CLOSE_CASE, roles), Act.allowed(Act.RECORD_CONTACT, roles),
                Act.allowed(Act.PLAN_CONTACT, roles), Act.allowed(Act.MOVE_STAGE, roles),
                Act.allowed(Act.ADD_GOAL, roles), Act.allowed(Act.RECORD_JOB, roles),
                Act.allowed(Act.WORK_WITH_EMPLOYERS, roles), Act.allowed(Act.MATCH_JOBS, roles),
                Act.allowed(Act.ANSWER_FOLLOW_UP, roles), Act.allowed(Act.ASSIGN_CLIENT, roles),
                Act.allowed(Act.BOOK_ASSESSMENT, roles), Act.allowed(Act.CHANGE_BOOKING, roles), Act.allowed(Act.WITHDRAW_CONSENT, roles),
                Act.allowed(Act.MERGE_CLIENTS, roles), Act.allowed(Act.ERASE_CLIENT, roles),
                Act.allowed(Act.PUBLISH_SLOTS, roles), Act.allowed(Act.RECORD_ATTENDANCE, roles),
                Act.allowed(Act.RECORD_ASSESSMENT, roles), Act.allowed(Act.VIEW_TEAM, roles),
                Act.allowed(Act.CREATE_TEAM, roles), Act.allowed(Act.SET_DEFAULT_LIMIT, roles),
                Act.allowed(Act.VIEW_REPORTS, roles), Act.allowed(Act.MANAGE_COSTS, roles),
                Act.allowed(Act.SHARE_WITH_FUNDERS, roles), Act.allowed(Act.MANAGE_DEFINITIONS, roles),
                Act.allowed(Act.REVIEW_FIDELITY, roles), Act.allowed(Act.READ_AUDIT_TRAIL, roles),
                Act.allowed(Act.EXPORT_SUBJECT_ACCESS, roles), Act.allowed(Act.VIEW_FUNDED_SERVICES, roles),
                Act.allowed(Act.VIEW_NATIONAL_REPORT, roles), Act.allowed(Act.IMPORT_RECORDS, roles),
                Act.allowed(Act.MANAGE_FIELDS, roles), Act.allowed(Act.REVIEW_REFERRALS, roles),
                Act.allowed(Act.MANAGE_REFERRAL_FORMS, roles), Act.allowed(Act.MANAGE_MESSAGE_TEMPLATES, roles),
                Act.allowed(Act.READ_DOCUMENTS, roles), Act.allowed(Act.ATTACH_DOCUMENT, roles));
    }

    /** Where this user's day starts: a worker's "Today", a team lead's team, an advisor's diary, an admin's page. */
    public String homePage() {
        if (keepCaseload && !viewTeam) {
            return "/app/today";
        }
        if (viewTeam && !createTeam) {
            return "/app/team";
        }
        if (publishSlots) {
            return "/app/diary";
        }
        if (createTeam) {
            return "/app/admin";
        }
        if (viewNationalReport) {
            return "/app/national";
        }
        return viewFundedServices ? "/app/funded-services" : "/app/today";
    }
}
