package io.waymark.client;

import io.waymark.lists.ClientGroup;
import java.util.List;

/**
 * Every table that holds something of one client, and what a merge, an erasure, the audit trail and subject access do
 * with it. One list, so that a new table is added in one place; {@code ClientTableTest} fails when a table with a
 * client column is missing here.
 */
public enum ClientTable {

    CLIENT_GROUP("client_group", "ClientGroup", "client groups", OnMerge.JOINED, "client", List.of()),
    STAGE_MOVE("stage_move", "StageMove", "stage moves", OnMerge.MOVES, "pathway",
            List.of(ErasedText.own("reason = case when reason is null then null else :erased end"))),
    CONTACT("contact", "Contact", "contacts", OnMerge.MOVES, "contacts", List.of(ErasedText.own("notes = :erased"))),
    PLANNED_CONTACT("planned_contact", "PlannedContact", "planned contacts", OnMerge.MOVES, "plannedContacts",
            List.of(ErasedText.own("purpose = :erased"))),
    ASSIGNMENT("assignment", "Assignment", "assignments", OnMerge.MOVES, "workers",
            List.of(ErasedText.own("reason = case when reason is null then null else :erased end"))),
    JOB_MATCH("job_match", "JobMatch", "job matches", OnMerge.MOVES, "jobMatches",
            List.of(ErasedText.child("job_match_step", "JobMatchStep", "job_match_id", "note = null"))),
    JOB_OUTCOME("job_outcome", "JobOutcome", "job outcomes", OnMerge.MOVES, "jobOutcomes", List.of(
            ErasedText.own("end_reason = case when end_reason is null then null else :erased end"),
            // The values of the organisation's personal fields of jobs go; the others stay.
            ErasedText.own("custom = custom - coalesce((select array_agg(f.key) from custom_field f where"
                    + " f.organisation_code = :org and f.record = 'JOB_OUTCOME' and f.personal), '{}'::text[])"),
            ErasedText.child("follow_up", "FollowUp", "job_outcome_id",
                    "reason = case when reason is null then null else :erased end"))),
    JOB_OUTCOME_REMOVAL("job_outcome_removal", "JobOutcomeRemoval", "jobs removed as recorded in error", OnMerge.MOVES,
            "removedJobOutcomes", List.of(ErasedText.own("reason = :erased"))),
    ACTION_GOAL("action_goal", "ActionGoal", "action-plan goals", OnMerge.MOVES, "actionPlan",
            List.of(ErasedText.own("goal = :erased, objectives = null"))),
    BOOKING("booking", "Booking", "assessment bookings", OnMerge.MOVES, "assessments", List.of(
            ErasedText.own("cancel_reason = case when cancel_reason is null then null else :erased end"),
            ErasedText.child("assessment", "Assessment", "booking_id", "needs_and_adjustments = null"))),
    /** The referral the client came from, through a public form or a partner's link: erased with them. */
    REFERRAL("referral", "Referral", "referrals", OnMerge.MOVES, "referrals", List.of(ErasedText.own(
            "first_name = :erased, last_name = :erased, preferred_name = null, email = null, phone = null,"
                    + " postcode = null, about = null, referrer_name = null, referrer_email = null,"
                    + " referrer_phone = null, answers = '[]'::jsonb, date_of_birth = date_trunc('year', date_of_birth)::date"))),
    /** The messages sent to the client (confirmations, reminders): the address and the words go with them. */
    MESSAGE("message", "Message", "messages", OnMerge.MOVES, "messages", List.of(ErasedText.own(
            "recipient = :erased, subject = null, body = :erased, attachment = null"))),
    /**
     * Documents (CVs, consent forms, payslips): a merge moves them; an erasure removes them, files and all
     * ({@link ClientErased}), so no text of theirs is left to blank.
     */
    DOCUMENT("document", "Document", "documents", OnMerge.MOVES, "documents", List.of()),
    /** Progress that is not yet a job: a merge moves it; an erasure removes what it was. */
    PROGRESSION("progression", "Progression", "progressions", OnMerge.MOVES, "progressions",
            List.of(ErasedText.own("what = :erased"))),
    /** The client's self-assessments: one a day, so each stays with its record on a merge; nothing in them is text. */
    SELF_ASSESSMENT("self_assessment", "SelfAssessment", "self-assessments", OnMerge.STAYS, "selfAssessments",
            List.of()),
    /**
     * The vocational profile's versions: they stay with the record they were written on (each record numbers its
     * own versions), and an erasure removes their words.
     */
    VOCATIONAL_PROFILE("vocational_profile", "VocationalProfile", "vocational profile versions", OnMerge.STAYS,
            "vocationalProfile", List.of(ErasedText.own("work_history = null, education = null, skills = :erased,"
                    + " interests = null, work_wanted = null, hours_wanted = null, better_off = null, travel = null,"
                    + " conditions = null, support_at_work = null, referees = null"))),
    /** The merge record names both clients; it stays as written, so that the merge can be explained. */
    CLIENT_MERGE("client_merge", "ClientMerge", "merges", OnMerge.STAYS, "merges",
            List.of(ErasedText.own("reason = :erased, merged_reference = :erased"))),
    /** The erasure record is what is left once the person is gone; nothing in it identifies them. */
    CLIENT_ERASURE("client_erasure", "ClientErasure", "erasures", OnMerge.STAYS, null, List.of()),
    /** The trail says who touched which record; it is append-only, and its personal values are masked when written. */
    AUDIT_EVENT("audit_event", "AuditEvent", "audit entries", OnMerge.STAYS, "auditTrail", List.of());

    /** What a merge does with the duplicate's rows. */
    public enum OnMerge {
        /** They move to the kept record. */
        MOVES,
        /** They are joined to the kept record's own (a set, such as the client groups), by the merge itself. */
        JOINED,
        /** They stay with the record they were written about. */
        STAYS
    }

    /**
     * Free text erased with the person: in the table's own rows ({@code link} null), or in a child table's rows linked
     * to them through {@code link}. {@code :erased} stands for the words put in their place.
     */
    public record ErasedText(String table, String entity, String link, String set) {

        static ErasedText own(String set) {
            return new ErasedText(null, null, null, set);
        }

        static ErasedText child(String table, String entity, String link, String set) {
            return new ErasedText(table, entity, link, set);
        }
    }

    public final String table;
    public final String entity;
    public final String words;
    public final OnMerge onMerge;
    /** The part of the subject access export that holds these rows; null where nothing of the person is left. */
    public final String subjectAccessPart;
    public final List<ErasedText> erasedText;

    ClientTable(String table, String entity, String words, OnMerge onMerge, String subjectAccessPart,
            List<ErasedText> erasedText) {
        this.table = table;
        this.entity = entity;
        this.words = words;
        this.onMerge = onMerge;
        this.subjectAccessPart = subjectAccessPart;
        this.erasedText = erasedText;
    }

    /** The rows of the client {@code :client}: every table here names them in {@code client_id}, but the merge record. */
    public String rowsOfClient() {
        return this == CLIENT_MERGE ? "(kept_client_id = :client or merged_client_id = :client)" : "client_id = :client";
    }
}
