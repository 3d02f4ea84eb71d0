package io.waymark.imports;

import static io.waymark.imports.ImportField.listed;
import static io.waymark.imports.ImportField.optional;
import static io.waymark.imports.ImportField.required;

import io.waymark.actionplan.GoalStatus;
import io.waymark.client.ConsentScope;
import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.contact.ContactChannel;
import io.waymark.employer.DisabilityConfident;
import io.waymark.employer.SizeBand;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.ClosureReason;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import io.waymark.outcome.ContractType;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.OutcomeType;
import io.waymark.outcome.Verification;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record an import takes, in the order they are read: employers (jobs name them), clients (every other
 * kind names them by reference), their earlier stage moves, jobs, the jobs' sustainment check answers, action-plan
 * goals, and contacts. Each kind is a CSV file or a workbook's sheet of that name.
 */
public enum ImportKind {

    EMPLOYERS("Employers", List.of(
            required("name", "Employer", "The employer's name; the jobs file names the employer by it."),
            required("sector", "Sector", "The employer's sector, in your words."),
            listed("sizeBand", "Size", "By staff: micro (under 10), small (10-49), medium (50-249), large (250 or"
                    + " more).", SizeBand.class, false),
            optional("address", "Address", "The postal address, on one line."),
            optional("localAuthority", "Local authority", "The council area the employer is in."),
            listed("disabilityConfident", "Disability Confident", "The employer's level in the scheme; left empty,"
                    + " none.", DisabilityConfident.class, false),
            optional("notes", "Notes", "What your team knows of the employer."))),

    CLIENTS("Clients", List.of(
            optional("reference", "Reference", "The client's reference in your records (letters, digits, / and -);"
                    + " left empty, Waymark gives the next one. Contacts and jobs name the client by it."),
            required("firstName", "First name", "As the client gives it."),
            required("lastName", "Last name", "As the client gives it."),
            optional("preferredName", "Preferred name", "The name the client likes to be called."),
            required("dateOfBirth", "Date of birth", "A date: 2026-03-31 or 31/03/2026. At least 16 on the referral date."),
            listed("gender", "Gender", "How the client describes their gender.", Gender.class, true),
            optional("ethnicity", "Ethnicity", "In the client's words or your monitoring list's."),
            optional("email", "Email", "An email address."),
            optional("phone", "Phone", "Digits, spaces and + ( ) -."),
            optional("nationalInsuranceNumber", "National Insurance number", "Two letters, six digits, A to D."),
            optional("address", "Address", "The postal address, on one line."),
            optional("postcode", "Postcode", "The postcode."),
            required("localAuthority", "Local authority", "The council area the client lives in, by name: one of your"
                    + " local authorities (Your lists)."),
            listed("programme", "Programme", "The funding stream the client is supported under: one of your"
                    + " programmes (Your lists), by code or name; the national ones are listed.", Programme.class, true),
            listed("referralSource", "Referred by", "Who referred the client: one of your referral sources (Your"
                    + " lists), by code or name.", ReferralSource.class, true),
            required("referralDate", "Referred on", "A date, not in the future."),
            optional("programmeStartDate", "Programme start", "A date, on or after the referral."),
            optional("consentDate", "Agreed to take part on", "A date, on or after the referral: the client is then"
                    + " active; left empty, the client is referred and has not yet agreed."),
            new ImportField("consentScope", "Also agreed to", "What else the client agreed to, with their consent;"
                    + " several separated by ; (taking part itself always counts).",
                    List.of(ConsentScope.SHARE_WITH_EMPLOYERS.name(), ConsentScope.SHARE_WITH_HEALTH_PROFESSIONALS.name(),
                            ConsentScope.FOLLOW_UP_BY_FUNDER.name()), false),
            listed("clientGroups", "Client groups", "Your client groups (Your lists: the NDTi groups and your own),"
                    + " several separated by ;.",
                    ClientGroup.class, false),
            listed("supportLevel", "Other support a week", "Hours a week of health or social care support besides"
                    + " employment support.", SupportLevel.class, true),
            new ImportField("needsIntenseSupport", "Needs intense support", "Yes when a health and wellbeing advisor"
                    + " should assess the client within four weeks of starting.", List.of("YES", "NO"), false),
            listed("stage", "Stage", "The stage the client is at now; left empty, engagement. In-work support needs a"
                    + " job in the jobs file current on the stage date.", Stage.class, false),
            optional("stageSince", "In stage since", "The date the client entered that stage; left empty, the"
                    + " referral date."),
            optional("worker", "Worker", "The username or email of the employment worker holding the case. A worker"
                    + " at their caseload limit does not get the client: the client waits on the worker's team's list."),
            optional("team", "Team", "The team whose waiting list the client is on, when no worker holds the case."),
            optional("closedOn", "Closed on", "For a closed case: the date it closed, on or after its last contact,"
                    + " stage move and job start."),
            new ImportField("closureReason", "Closure reason", "For a closed case: why it closed, one of your closure"
                    + " reasons (Your lists).",
                    java.util.Arrays.stream(ClosureReason.values()).filter(r -> r != ClosureReason.MERGED)
                            .map(Enum::name).toList(), false))),

    STAGE_MOVES("Stage moves", List.of(
            required("clientReference", "Client reference", "The client's reference in the clients file: earlier"
                    + " moves come with the client's own row."),
            listed("toStage", "Moved to", "The stage the client moved to.", Stage.class, true),
            required("movedOn", "Moved on", "A date: on or after the referral and the move before, and on or before"
                    + " the date the client entered the stage the clients file gives."),
            optional("reason", "Reason", "Why, in the worker's words; left empty, \"Stage when imported\"."))),

    JOBS("Jobs", List.of(
            required("clientReference", "Client reference", "The client's reference, in the clients file or already"
                    + " in Waymark."),
            listed("type", "Outcome", "A job gained, a job retained (held before support) or self-employment.",
                    OutcomeType.class, true),
            optional("employer", "Employer", "The employer's name: an employer of that name in Waymark, or a new one."
                    + " Required unless self-employed."),
            required("jobTitle", "Job title", "The job's title."),
            required("sector", "Sector", "The employer's sector, in your words."),
            listed("contractType", "Contract", "Required unless self-employed.", ContractType.class, false),
            required("startDate", "Started on", "A date, not in the future; a job gained starts on or after the"
                    + " referral."),
            required("hoursPerWeek", "Hours a week", "The hours at the start: more than 0, at most 80, one decimal."),
            optional("hourlyPay", "Hourly pay", "In pounds, such as 12.71: at least the minimum wage on the start date"
                    + " for the client's age then. Required unless self-employed."),
            new ImportField("apprentice", "Apprentice", "Yes when the apprentice rate of the minimum wage may apply.",
                    List.of("YES", "NO"), false),
            optional("endDate", "Ended on", "For a job that ended: the date, on or after the start."),
            optional("endReason", "End reason", "Why the job ended; required with an end date."))),

    FOLLOW_UPS("Sustainment checks", List.of(
            required("clientReference", "Client reference", "The client's reference."),
            required("jobStartDate", "Job started on", "The start date of the job in the jobs file."),
            optional("jobTitle", "Job title", "Needed only when the client has two jobs starting on the same day."),
            required("check", "Check", "The check of the programme's schedule, as Waymark names it: 4 weeks,"
                    + " 13 weeks, 26 weeks, 52 weeks (or 3 months, 6 months... where the schedule is in months)."),
            listed("answer", "Answer", "What the check found.", FollowUpAnswer.class, true),
            required("checkedOn", "Checked on", "A date, not in the future, from a week before the check was due."),
            optional("hoursPerWeek", "Hours a week", "Required when in employment: the hours the client works now."),
            listed("verifiedBy", "Verified by", "How the answer was checked; required when in employment or not.",
                    Verification.class, false),
            optional("notInEmploymentSince", "Not in employment since", "Required when not in employment: the day the"
                    + " client stopped working in this job (the job ends then)."),
            optional("reason", "Reason", "Required when unknown: why."))),

    GOALS("Goals", List.of(
            required("clientReference", "Client reference", "The client's reference."),
            required("goal", "Goal", "The goal, in the client's words."),
            optional("objectives", "Objectives", "The steps towards it."),
            optional("targetDate", "Target date", "A date."),
            optional("reviewDate", "Review date", "A date; for an open goal, today or later."),
            listed("status", "Status", "Where the goal stands; left empty, open.", GoalStatus.class, false))),

    CONTACTS("Contacts", List.of(
            required("clientReference", "Client reference", "The client's reference, in the clients file or already"
                    + " in Waymark."),
            required("happenedAt", "When", "A date, or a date and time (2026-03-31 14:30 or 31/03/2026 14:30, UK time),"
                    + " on or after the referral and not in the future."),
            listed("channel", "Channel", "How the contact was made.", ContactChannel.class, true),
            required("durationMinutes", "Minutes", "How long it took: 1 to 1440."),
            listed("stage", "Stage", "The stage the contact belongs to; left empty, the client's stage.",
                    Stage.class, false),
            required("notes", "Notes", "What happened, in the worker's words.")));

    /** The sheet's name in a workbook, and the template's file name. */
    public final String title;
    public final List<ImportField> fields;

    ImportKind(String title, List<ImportField> fields) {
        this.title = title;
        this.fields = fields;
    }

    /** The kind's name in addresses and forms: {@code stage_moves}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<ImportField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
