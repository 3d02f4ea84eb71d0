package io.waymark.security;

import static io.waymark.security.Roles.ADMIN;
import static io.waymark.security.Roles.COMMISSIONER;
import static io.waymark.security.Roles.HWB_ADVISOR;
import static io.waymark.security.Roles.NATIONAL_COMMISSIONER;
import static io.waymark.security.Roles.TEAM_LEAD;
import static io.waymark.security.Roles.WORKER;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a member of staff may do, and which roles may do it: declared here once. The API's endpoint and the page's
 * form for the same act both carry {@code @PermissionsAllowed(Act.X)}, which {@link ActPermissions} answers from this
 * table, and the pages ask {@code me.can} (built from the same table) what to offer. A test walks every page act with
 * every role and expects the API's answer.
 */
public final class Act {

    public static final String KEEP_CASELOAD = "keep-caseload";
    public static final String FIND_CLIENTS = "find-clients";
    public static final String REFER_CLIENT = "refer-client";
    public static final String EDIT_CLIENT = "edit-client";
    public static final String CLOSE_CASE = "close-case";
    public static final String RECORD_CONTACT = "record-contact";
    public static final String PLAN_CONTACT = "plan-contact";
    public static final String MOVE_STAGE = "move-stage";
    public static final String ADD_GOAL = "add-goal";
    public static final String RECORD_JOB = "record-job";
    public static final String WORK_WITH_EMPLOYERS = "work-with-employers";
    public static final String MATCH_JOBS = "match-jobs";
    public static final String ANSWER_FOLLOW_UP = "answer-follow-up";
    public static final String ASSIGN_CLIENT = "assign-client";
    public static final String BOOK_ASSESSMENT = "book-assessment";
    public static final String CHANGE_BOOKING = "change-booking";
    public static final String WITHDRAW_CONSENT = "withdraw-consent";
    public static final String MERGE_CLIENTS = "merge-clients";
    public static final String ERASE_CLIENT = "erase-client";
    public static final String PUBLISH_SLOTS = "publish-slots";
    public static final String RECORD_ATTENDANCE = "record-attendance";
    public static final String RECORD_ASSESSMENT = "record-assessment";
    public static final String VIEW_TEAM = "view-team";
    public static final String CREATE_TEAM = "create-team";
    public static final String PLACE_IN_TEAM = "place-in-team";
    public static final String SET_WORKER_LIMIT = "set-worker-limit";
    public static final String SET_DEFAULT_LIMIT = "set-default-limit";
    public static final String VIEW_REPORTS = "view-reports";
    public static final String MANAGE_COSTS = "manage-costs";
    public static final String SHARE_WITH_FUNDERS = "share-with-funders";
    public static final String MANAGE_DEFINITIONS = "manage-definitions";
    public static final String REVIEW_FIDELITY = "review-fidelity";
    public static final String READ_AUDIT_TRAIL = "read-audit-trail";
    public static final String EXPORT_SUBJECT_ACCESS = "export-subject-access";
    public static final String IMPORT_RECORDS = "import-records";
    public static final String MANAGE_FIELDS = "manage-fields";
    public static final String REVIEW_REFERRALS = "review-referrals";
    public static final String MANAGE_REFERRAL_FORMS = "manage-referral-forms";
    public static final String READ_DOCUMENTS = "read-documents";
    public static final String ATTACH_DOCUMENT = "attach-document";
    public static final String MANAGE_MESSAGE_TEMPLATES = "manage-message-templates";
    public static final String VIEW_FUNDED_SERVICES = "view-funded-services";
    public static final String VIEW_NATIONAL_REPORT = "view-national-report";

    /** The one table of who may do what. */
    private static final Map<String, Set<String>> ROLES = Map.ofEntries(
            Map.entry(KEEP_CASELOAD, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(FIND_CLIENTS, Set.of(WORKER, TEAM_LEAD, HWB_ADVISOR, ADMIN)),
            Map.entry(REFER_CLIENT, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(EDIT_CLIENT, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(CLOSE_CASE, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(RECORD_CONTACT, Set.of(WORKER, TEAM_LEAD, HWB_ADVISOR)),
            Map.entry(PLAN_CONTACT, Set.of(WORKER, TEAM_LEAD, HWB_ADVISOR)),
            Map.entry(MOVE_STAGE, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(ADD_GOAL, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(RECORD_JOB, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(WORK_WITH_EMPLOYERS, Set.of(WORKER, TEAM_LEAD, ADMIN)),
            Map.entry(MATCH_JOBS, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(ANSWER_FOLLOW_UP, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(ASSIGN_CLIENT, Set.of(TEAM_LEAD, ADMIN)),
            Map.entry(BOOK_ASSESSMENT, Set.of(WORKER, TEAM_LEAD, HWB_ADVISOR)),
            Map.entry(CHANGE_BOOKING, Set.of(WORKER, TEAM_LEAD, HWB_ADVISOR)),
            Map.entry(WITHDRAW_CONSENT, Set.of(WORKER, TEAM_LEAD)),
            Map.entry(MERGE_CLIENTS, Set.of(ADMIN)),
            Map.entry(ERASE_CLIENT, Set.of(ADMIN)),
            Map.entry(PUBLISH_SLOTS, Set.of(HWB_ADVISOR)),
            Map.entry(RECORD_ATTENDANCE, Set.of(HWB_ADVISOR, TEAM_LEAD)),
            Map.entry(RECORD_ASSESSMENT, Set.of(HWB_ADVISOR)),
            Map.entry(VIEW_TEAM, Set.of(TEAM_LEAD, ADMIN)),
            Map.entry(CREATE_TEAM, Set.of(ADMIN)),
            Map.entry(PLACE_IN_TEAM, Set.of(TEAM_LEAD, ADMIN)),
            Map.entry(SET_WORKER_LIMIT, Set.of(TEAM_LEAD, ADMIN)),
            Map.entry(SET_DEFAULT_LIMIT, Set.of(ADMIN)),
            Map.entry(VIEW_REPORTS, Set.of(TEAM_LEAD, ADMIN)),
            Map.entry(MANAGE_COSTS, Set.of(ADMIN)),
            Map.entry(SHARE_WITH_FUNDERS, Set.of(ADMIN)),
            Map.entry(MANAGE_DEFINITIONS, Set.of(ADMIN)),
            Map.entry(REVIEW_FIDELITY, Set.of(TEAM_LEAD, ADMIN)),
            Map.entry(READ_AUDIT_TRAIL, Set.of(ADMIN)),
            Map.entry(EXPORT_SUBJECT_ACCESS, Set.of(ADMIN)),
            Map.entry(IMPORT_RECORDS, Set.of(ADMIN)),
            Map.entry(MANAGE_FIELDS, Set.of(ADMIN)),
            // Accepting a referral adds a client, which administrators do not do.
            Map.entry(REVIEW_REFERRALS, Set.of(TEAM_LEAD)),
            Map.entry(MANAGE_REFERRAL_FORMS, Set.of(ADMIN)),
            Map.entry(MANAGE_MESSAGE_TEMPLATES, Set.of(ADMIN)),
            // Administrators answer subject access, so they read documents; those who work with the client add them.
            Map.entry(READ_DOCUMENTS, Set.of(WORKER, TEAM_LEAD, HWB_ADVISOR, ADMIN)),
            Map.entry(ATTACH_DOCUMENT, Set.of(WORKER, TEAM_LEAD, HWB_ADVISOR)),
            Map.entry(VIEW_FUNDED_SERVICES, Set.of(COMMISSIONER)),
            Map.entry(VIEW_NATIONAL_REPORT, Set.of(NATIONAL_COMMISSIONER)));

    private Act() {
    }

    /** Whether someone with these roles may do the act; an act missing from the table is allowed to nobody. */
    public static boolean allowed(String act, Collection<String> roles) {
        return roles.stream().anyMatch(ROLES.getOrDefault(act, Set.of())::contains);
    }
}
