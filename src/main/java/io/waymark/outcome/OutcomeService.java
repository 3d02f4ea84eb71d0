package io.waymark.outcome;

import io.micrometer.core.instrument.MeterRegistry;
import io.waymark.client.Client;
import io.waymark.client.ClientClosing;
import io.waymark.client.ClientStatus;
import io.waymark.client.ClientsExported;
import io.waymark.client.Stage;
import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.common.RuleConflict;
import io.waymark.common.Spreadsheet;
import io.waymark.common.SqlReads;
import io.waymark.common.StaleVersion;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.employer.Employer;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.StageMoveRequest;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rules of job outcomes: what counts as a paid job, hours over time, sustainment checks, and job endings. */
@ApplicationScoped
public class OutcomeService {

    /** A check answered more than this before its due date is not the check the schedule asks for. */
    public static final Period EARLIEST_CHECK = Period.ofDays(7);

    @Inject
    SqlReads sql;

    @Inject
    MeterRegistry meters;

    @Inject
    MinimumWage minimumWage;

    @Inject
    PathwayService pathway;

    @Inject
    OutcomeDefinitionService definitions;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Inject
    OutcomeMapper mapper;

    @Inject
    CustomFieldService fields;

    @Inject
    Event<ClientsExported> exports;

    /** A case cannot close before a job of it started; a job's ending and its checks may come after. */
    void refuseEarlyClosure(@Observes ClientClosing closing) {
        closing.requireNotBefore(JobOutcome.getEntityManager()
                .createQuery("select max(o.startDate) from JobOutcome o where o.client.id = ?1", LocalDate.class)
                .setParameter(1, closing.client().id).getSingleResult(), "a job starting");
    }

    @Transactional
    public JobOutcome record(UUID clientId, OutcomeRequest request) {
        Client client = Client.findExisting(clientId);
        requireActive(client);
        JobOutcome outcome = new JobOutcome();
        outcome.client = client;
        apply(outcome, request, employerFor(request.employerId(), request.type() == OutcomeType.SELF_EMPLOYED));
        outcome.custom = fields.values(FieldRecord.JOB_OUTCOME, request.custom(), Map.of());
        outcome.recordedBy = currentStaff.get();
        outcome.persist();
        meters.counter("waymark.job.outcomes.recorded", "type", outcome.type.name()).increment();
        addHours(outcome, request.startDate(), request.hoursPerWeek());
        checksOf(client.programmeCode(), outcome.type, outcome.startDate, client.consentDate).forEach((label, dueOn) -> {
            FollowUp followUp = new FollowUp();
            followUp.jobOutcome = outcome;
            followUp.label = label;
            followUp.dueOn = dueOn;
            followUp.persist();
            outcome.followUps.add(followUp);
        });
        if (request.enterInWorkSupport() && client.currentStage != Stage.IN_WORK_SUPPORT) {
            LocalDate on = outcome.startDate.isBefore(client.stageEnteredOn) ? LocalDate.now(clock) : outcome.startDate;
            try {
                pathway.move(client.id, new StageMoveRequest(Stage.IN_WORK_SUPPORT, on, request.stageMoveReason()));
            } catch (InvalidInput refused) {
                // The move's reason is this request's stageMoveReason; the job is not saved without it.
                throw refused.errors().stream().anyMatch(e -> e.field().equals("reason"))
                        ? new InvalidInput("stageMoveReason", refused.errors().get(0).message()) : refused;
            }
        }
        return outcome;
    }

    /**
     * Corrects what was recorded: type, employer, title, sector, contract, start, the hours at the start, pay. Later
     * hours changes, the ending and the checks' answers stay; the checks move with the outcome date.
     */
    @Transactional
    public JobOutcome correct(UUID clientId, UUID outcomeId, int basedOnVersion, OutcomeRequest request) {
        JobOutcome outcome = find(clientId, outcomeId, basedOnVersion);
        Client client = outcome.client;
        if (client.closedOn != null && request.startDate().isAfter(client.closedOn)) {
            throw new InvalidInput("startDate", "the case was closed on " + client.closedOn
                    + "; a job of this case cannot start after that");
        }
        if (outcome.endDate != null && request.startDate().isAfter(outcome.endDate)) {
            throw new InvalidInput("startDate", "the job ended on " + outcome.endDate + "; it cannot start after that");
        }
        OutcomeHours first = outcome.hours.get(0);
        outcome.hours.stream().skip(1).filter(h -> !h.effectiveFrom.isAfter(request.startDate())).findFirst()
                .ifPresent(h -> {
                    throw new InvalidInput("startDate", "the hours changed on " + h.effectiveFrom
                            + "; the job must start before that");
                });
        apply(outcome, request, employerFor(request.employerId(), request.type() == OutcomeType.SELF_EMPLOYED));
        outcome.custom = fields.values(FieldRecord.JOB_OUTCOME, request.custom(), outcome.custom);
        first.effectiveFrom = request.startDate();
        first.hoursPerWeek = request.hoursPerWeek().setScale(1, RoundingMode.HALF_UP);
        LocalDate outcomeDate = outcome.outcomeDate();
        outcome.followUps.forEach(f -> f.dueOn = FollowUpSchedule.Point.ofLabel(f.label).dueFrom(outcomeDate));
        JobOutcome.flush();
        return outcome;
    }

    /**
     * Removes a job recorded in error: it leaves every list and report at once; who removed it, when and why are
     * kept beside the client's record, and the audit trail keeps what it was.
     */
    @Transactional
    public JobOutcomeRemoval remove(UUID clientId, UUID outcomeId, int basedOnVersion, JobRemovalRequest request) {
        JobOutcome outcome = find(clientId, outcomeId, basedOnVersion);
        JobOutcomeRemoval removal = new JobOutcomeRemoval();
        removal.client = outcome.client;
        removal.jobOutcomeId = outcome.id;
        removal.type = outcome.type;
        removal.jobTitle = outcome.jobTitle;
        removal.employerName = outcome.employer == null ? null : outcome.employer.name;
        removal.startDate = outcome.startDate;
        removal.reason = request.reason().strip();
        removal.removedBy = currentStaff.get();
        removal.persist();
        outcome.followUps.forEach(FollowUp::delete);
        outcome.hours.forEach(OutcomeHours::delete);
        // Deleted by id and version: a correction saved meanwhile makes this a stale removal (409).
        outcome.delete();
        JobOutcome.flush();
        return removal;
    }

    public List<JobOutcomeRemoval> removals(UUID clientId) {
        Client.findExisting(clientId);
        return JobOutcomeRemoval.ofClient(clientId);
    }

    /**
     * The rules of a new job outcome for the client, checked without saving anything: an import checks its rows with
     * them. {@code employer} is the job's employer, which may not be saved yet (null when self-employed).
     */
    public void check(Client client, OutcomeRequest request, Employer employer) {
        requireActive(client);
        JobOutcome outcome = new JobOutcome();
        outcome.client = client;
        apply(outcome, request, employer != null ? employer
                : employerFor(null, request.type() == OutcomeType.SELF_EMPLOYED));
        fields.values(FieldRecord.JOB_OUTCOME, request.custom(), Map.of());
    }

    /** Job outcomes are recorded for a client taking part: not before their consent, not after the case closed. */
    private static void requireActive(Client client) {
        if (client.status != ClientStatus.ACTIVE) {
            throw new RuleConflict(client.isClosed()
                    ? "The client's case is closed; outcomes cannot be added"
                    : "The client has not yet agreed to take part: record their consent first");
        }
    }

    /** The rules of a job's ending: not before its start, not in the future. */
    public void checkEnd(LocalDate startDate, LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            throw new InvalidInput("endDate", "cannot be before the start date " + startDate);
        }
        if (endDate.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("endDate", "cannot be in the future");
        }
    }

    /** The fields a worker records or corrects, checked as one: the rules of a job outcome hold either way. */
    private void apply(JobOutcome outcome, OutcomeRequest request, Employer employer) {
        Client client = outcome.client;
        boolean selfEmployed = request.type() == OutcomeType.SELF_EMPLOYED;
        if (request.type() == OutcomeType.GAINED && request.startDate().isBefore(client.referralDate)) {
            throw new InvalidInput("startDate", "a job gained starts on or after the referral date "
                    + client.referralDate + "; a job held before referral is a retained job");
        }
        outcome.type = request.type();
        outcome.employer = employer;
        if (outcome.id == null) {
            outcome.jobMatch = jobMatchFor(client, request.jobMatchId());
        }
        outcome.jobTitle = request.jobTitle().strip();
        outcome.sector = request.sector().strip();
        outcome.contractType = contractFor(request, selfEmployed);
        outcome.startDate = request.startDate();
        outcome.apprentice = !selfEmployed && request.isApprentice();
        outcome.hourlyPay = request.hourlyPay() == null ? null : request.hourlyPay().setScale(2, RoundingMode.HALF_UP);
        if (!selfEmployed) {
            requirePaidWork(outcome, request.hourlyPay());
        }
    }

    public List<JobOutcome> list(UUID clientId) {
        Client.findExisting(clientId);
        return JobOutcome.list("client.id = ?1 order by startDate desc", clientId);
    }

    /**
     * The client's jobs as the page shows them, latest start first, to download as a file; the download is in the
     * client's audit trail, in the same transaction.
     */
    @Transactional
    public Spreadsheet.Listed<OutcomeView> export(UUID clientId, Spreadsheet.Format format) {
        Client client = Client.findExisting(clientId);
        LocalDate today = LocalDate.now(clock);
        List<OutcomeView> jobs = list(clientId).stream().map(job -> mapper.toView(job, today)).toList();
        exports.fire(new ClientsExported(client.organisationCode, "jobs", format.extension, List.of(clientId)));
        return new Spreadsheet.Listed<>("waymark-jobs-" + client.reference, CustomFieldService.withColumnsFor(
                OutcomeView.COLUMNS, fields.views(FieldRecord.JOB_OUTCOME), OutcomeView::custom), jobs);
    }

    public JobOutcome get(UUID clientId, UUID outcomeId) {
        return find(clientId, outcomeId);
    }

    /** Records a change of hours from a date; the hours before it stay as they were. */
    @Transactional
    public JobOutcome changeHours(UUID clientId, UUID outcomeId, HoursChangeRequest request) {
        JobOutcome outcome = find(clientId, outcomeId);
        if (request.effectiveFrom().isBefore(outcome.startDate)
                || outcome.endDate != null && !request.effectiveFrom().isBefore(outcome.endDate)) {
            throw new InvalidInput("effectiveFrom", "must fall within the job, from " + outcome.startDate
                    + (outcome.endDate != null ? " to before " + outcome.endDate : ""));
        }
        if (outcome.hours.stream().anyMatch(h -> h.effectiveFrom.equals(request.effectiveFrom()))) {
            throw new RuleConflict("effectiveFrom", "hours are already recorded from " + request.effectiveFrom());
        }
        addHours(outcome, request.effectiveFrom(), request.hoursPerWeek());
        JobOutcome.flush();
        return outcome;
    }

    /**
     * Ends the job. When the client stays in the service with no other job, the worker is offered the move back to
     * job matching; asked for, it is made at once with the ending as its reason.
     */
    @Transactional
    public JobEndedView.Offer end(UUID clientId, UUID outcomeId, JobEndRequest request) {
        JobOutcome outcome = find(clientId, outcomeId);
        if (outcome.endDate != null) {
            throw new RuleConflict("The job already ended on " + outcome.endDate);
        }
        checkEnd(outcome.startDate, request.endDate());
        outcome.endDate = request.endDate();
        outcome.endReason = request.reason().strip();
        Client client = outcome.client;
        boolean stillInWork = JobOutcome.count("client = ?1 and id <> ?2 and startDate <= ?3 and (endDate is null or endDate > ?3)",
                client, outcome.id, request.endDate()) > 0;
        boolean offer = !client.isClosed() && !stillInWork
                && (client.currentStage == Stage.IN_WORK_SUPPORT || client.currentStage == Stage.CAREER_DEVELOPMENT);
        if (offer && request.moveBackToJobMatching()) {
            LocalDate on = request.endDate().isBefore(client.stageEnteredOn) ? LocalDate.now(clock) : request.endDate();
            pathway.move(client.id, new StageMoveRequest(Stage.JOB_MATCHING, on, "Job ended: " + outcome.endReason));
            JobOutcome.flush();
            return new JobEndedView.Offer(outcome, null);
        }
        JobOutcome.flush();
        return new JobEndedView.Offer(outcome, offer ? Stage.JOB_MATCHING : null);
    }

    /**
     * The sustainment checks a job gets, by label, with the day each is due: the programme's schedule from the job's
     * outcome date. An import reads them for a job it has not yet saved. {@code programme}: the client's, by code.
     */
    public Map<String, LocalDate> checksOf(String programme, OutcomeType type, LocalDate startDate,
            LocalDate consentDate) {
        LocalDate outcomeDate = JobHistory.outcomeDate(type, startDate, consentDate);
        Map<String, LocalDate> checks = new LinkedHashMap<>();
        for (FollowUpSchedule.Point point : definitions.scheduleFor(programme).points()) {
            checks.put(point.label(), point.dueFrom(outcomeDate));
        }
        return checks;
    }

    @Transactional
    public FollowUp answer(UUID clientId, UUID outcomeId, UUID followUpId, FollowUpAnswerRequest request) {
        JobOutcome outcome = find(clientId, outcomeId);
        FollowUp followUp = findCheck(outcome, followUpId);
        if (followUp.isAnswered()) {
            throw new RuleConflict("The " + followUp.label + " follow-up was already answered on " + followUp.checkedOn
                    + "; correct that answer instead");
        }
        recordAnswer(outcome, followUp, request);
        FollowUp.flush();
        return followUp;
    }

    /** Corrects an answer: what the first answer did to the job (an ending, an hours change) is undone first. */
    @Transactional
    public FollowUp correctAnswer(UUID clientId, UUID outcomeId, UUID followUpId, int basedOnVersion,
            FollowUpAnswerRequest request) {
        JobOutcome outcome = find(clientId, outcomeId);
        FollowUp followUp = findCheck(outcome, followUpId);
        if (!followUp.isAnswered()) {
            throw new RuleConflict("The " + followUp.label + " follow-up has not been answered yet");
        }
        if (followUp.version != basedOnVersion) {
            throw new StaleVersion();
        }
        if (followUp.notInEmploymentSince != null && followUp.notInEmploymentSince.equals(outcome.endDate)
                && followUp.endReason().equals(outcome.endReason)) {
            outcome.endDate = null;
            outcome.endReason = null;
        }
        if (followUp.hoursPerWeek != null) {
            outcome.hours.stream().skip(1)
                    .filter(h -> h.effectiveFrom.equals(followUp.checkedOn) && h.hoursPerWeek.compareTo(followUp.hoursPerWeek) == 0)
                    .findFirst().ifPresent(h -> {
                        outcome.hours.remove(h);
                        h.delete();
                    });
            OutcomeHours.flush();
        }
        recordAnswer(outcome, followUp, request);
        FollowUp.flush();
        return followUp;
    }

    private void recordAnswer(JobOutcome outcome, FollowUp followUp, FollowUpAnswerRequest request) {
        // A correction that gives no date keeps the day the check was made.
        LocalDate checkedOn = request.checkedOn() != null ? request.checkedOn()
                : followUp.checkedOn != null ? followUp.checkedOn : LocalDate.now(clock);
        checkAnswer(outcome.startDate, followUp.label, followUp.dueOn, checkedOn, request);
        followUp.answer = request.answer();
        followUp.checkedOn = checkedOn;
        followUp.hoursPerWeek = request.answer() == FollowUpAnswer.IN_EMPLOYMENT
                ? request.hoursPerWeek().setScale(1, RoundingMode.HALF_UP) : null;
        followUp.notInEmploymentSince = request.answer() == FollowUpAnswer.NOT_IN_EMPLOYMENT
                ? request.notInEmploymentSince() : null;
        followUp.verifiedBy = request.verifiedBy();
        followUp.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        followUp.answeredBy = currentStaff.get();
        if (followUp.hoursPerWeek != null && outcome.isCurrentOn(checkedOn)
                && outcome.hoursOn(checkedOn).compareTo(followUp.hoursPerWeek) != 0
                && outcome.hours.stream().noneMatch(h -> h.effectiveFrom.equals(checkedOn))) {
            addHours(outcome, checkedOn, followUp.hoursPerWeek);
        }
        // The record follows the answer: a job still open is ended on the day the client stopped working in it.
        if (followUp.notInEmploymentSince != null && outcome.endDate == null) {
            outcome.endDate = followUp.notInEmploymentSince;
            outcome.endReason = followUp.endReason();
        }
    }

    private static FollowUp findCheck(JobOutcome outcome, UUID followUpId) {
        return outcome.followUps.stream().filter(f -> f.id.equals(followUpId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("follow-up", followUpId));
    }

    /**
     * The rules of an answer, which need only the job's start and the check: not checked more than a week early, and
     * what each answer needs. An import checks its rows with them before saving anything.
     */
    public static void checkAnswer(LocalDate jobStart, String label, LocalDate dueOn, LocalDate checkedOn,
            FollowUpAnswerRequest request) {
        if (checkedOn.isBefore(dueOn.minus(EARLIEST_CHECK))) {
            throw new InvalidInput("checkedOn", "the " + label + " check is due on " + dueOn
                    + "; it can be answered from a week before");
        }
        switch (request.answer()) {
            case IN_EMPLOYMENT -> {
                require(request.hoursPerWeek() != null, "hoursPerWeek", "give the hours per week the client works now");
                require(request.verifiedBy() != null, "verifiedBy", "say how the answer was checked");
            }
            case NOT_IN_EMPLOYMENT -> {
                require(request.notInEmploymentSince() != null, "notInEmploymentSince",
                        "give the day the client stopped working in this job");
                require(!request.notInEmploymentSince().isBefore(jobStart)
                        && !request.notInEmploymentSince().isAfter(checkedOn), "notInEmploymentSince",
                        "must fall between the job's start on " + jobStart + " and the day checked, " + checkedOn);
                require(request.verifiedBy() != null, "verifiedBy", "say how the answer was checked");
            }
            case UNKNOWN -> require(request.reason() != null && !request.reason().isBlank(), "reason",
                    "say why the answer is unknown");
            case NO_ENGAGEMENT -> { }
        }
    }

    /** The worker's unanswered checks that are overdue or due by Sunday, oldest first. */
    public List<FollowUpDue> dueFor(Staff worker) {
        return sql.jsonArray("select (" + FOLLOW_UPS_DUE + ")", Map.of("worker", worker.id, "organisation", worker.organisationCode,
                        "today", LocalDate.now(clock)), FollowUpDue.class);
    }

    /** The worker's checks due, as their day lists them, to download as a file; the download is in each client's trail. */
    @Transactional
    public Spreadsheet.Listed<FollowUpDue> exportDue(Staff worker, Spreadsheet.Format format) {
        List<FollowUpDue> due = dueFor(worker);
        exports.fire(new ClientsExported(worker.organisationCode, "sustainment checks due", format.extension,
                due.stream().map(FollowUpDue::clientId).distinct().toList()));
        return new Spreadsheet.Listed<>("waymark-checks-due-" + LocalDate.now(clock), FollowUpDue.COLUMNS, due);
    }

    /**
     * A JSON array of {@link FollowUpDue}: the unanswered checks of the worker's ({@code :worker} of
     * {@code :organisation}) open cases that are
     * overdue or due by the end of the week of {@code :today} (Sunday), soonest first.
     */
    /**
     * A JSON array of the client's ({@code :client}) jobs as {@link OutcomeView}, latest start first, with their
     * dated hours and checks; what depends on the day is left to {@link OutcomeMapper#onDay}.
     */
    public static final String JOBS_OF_CLIENT = """
            select json_agg(json_build_object('id', o.id, 'clientId', o.client_id, 'type', o.type, 'employerId', e.id,
                    'employerName', e.name, 'jobTitle', o.job_title, 'sector', o.sector, 'contractType', o.contract_type,
                    'startDate', o.start_date, 'hourlyPay', o.hourly_pay, 'apprentice', o.apprentice,
                    'endDate', o.end_date, 'endReason', o.end_reason, 'jobMatchId', o.job_match_id, 'version', o.version,
                    'custom', o.custom,
                    'hours', (select json_agg(json_build_object('effectiveFrom', h.effective_from,
                                  'hoursPerWeek', h.hours_per_week) order by h.effective_from)
                              from outcome_hours h where h.job_outcome_id = o.id),
                    'followUps', coalesce((select json_agg(json_build_object('id', f.id, 'label', f.label,
                                  'dueOn', f.due_on, 'answer', f.answer, 'checkedOn', f.checked_on,
                                  'hoursPerWeek', f.hours_per_week, 'notInEmploymentSince', f.not_in_employment_since,
                                  'verifiedBy', f.verified_by, 'reason', f.reason, 'answeredByName', a.display_name,
                                  'version', f.version) order by f.due_on)
                              from follow_up f left join staff a on a.id = f.answered_by
                              where f.job_outcome_id = o.id), '[]'))
                order by o.start_date desc)
            from job_outcome o left join employer e on e.id = o.employer_id
            where o.organisation_code = :organisation and o.client_id = :client""";

    /** A JSON array of the client's ({@code :client}) jobs removed as recorded in error, latest first. */
    public static final String REMOVALS_OF_CLIENT = """
            select json_agg(json_build_object('jobOutcomeId', r.job_outcome_id, 'type', r.type, 'jobTitle', r.job_title,
                    'employerName', r.employer_name, 'startDate', r.start_date, 'reason', r.reason,
                    'removedByName', s.display_name, 'removedAt', r.removed_at) order by r.removed_at desc)
            from job_outcome_removal r left join staff s on s.id = r.removed_by
            where r.organisation_code = :organisation and r.client_id = :client""";

    public static final String FOLLOW_UPS_DUE = """
            select json_agg(json_build_object('followUpId', f.id, 'outcomeId', o.id, 'clientId', c.id,
                    'clientReference', c.reference, 'clientName', c.first_name || ' ' || c.last_name,
                    'jobTitle', o.job_title, 'label', f.label, 'dueOn', f.due_on, 'overdue', f.due_on < cast(:today as date))
                order by f.due_on, c.reference)
            from follow_up f join job_outcome o on o.id = f.job_outcome_id join client c on c.id = o.client_id
            where c.organisation_code = :organisation and c.worker_id = :worker and c.status <> 'CLOSED'
              and f.answer is null
              and f.due_on <= cast(:today as date) + (7 - extract(isodow from cast(:today as date)))::int""";

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidInput(field, message);
        }
    }

    /**
     * Pay at or above the minimum wage in force on the outcome date, for the client's age then: for a job held since
     * before support began, the pay now on the day support began; otherwise the pay at the start.
     */
    private void requirePaidWork(JobOutcome outcome, BigDecimal hourlyPay) {
        if (hourlyPay == null) {
            throw new InvalidInput("hourlyPay", "is required for a paid job");
        }
        LocalDate on = outcome.outcomeDate();
        if (on.isBefore(MinimumWage.TABLE_STARTS)) {
            throw new InvalidInput("startDate", "pay is checked against the minimum wage on " + on
                    + ", and Waymark's table of rates starts on " + MinimumWage.TABLE_STARTS
                    + " (the National Living Wage): a job outcome from before then cannot be checked");
        }
        int age = Period.between(outcome.client.dateOfBirth, on).getYears();
        boolean apprenticeRate = MinimumWage.apprenticeRateApplies(outcome.apprentice, age, outcome.startDate, on);
        minimumWage.rateFor(age, on, apprenticeRate).ifPresent(rate -> {
            if (hourlyPay.compareTo(rate.hourly()) < 0) {
                throw new InvalidInput("hourlyPay", "£%s an hour is below the minimum wage of £%s for %s on %s: that is unpaid work, not a job outcome (record it as an activity instead)"
                        .formatted(hourlyPay.toPlainString(), rate.hourly().toPlainString(), rate.appliesTo(), on));
            }
        });
    }

    private static Employer employerFor(UUID employerId, boolean selfEmployed) {
        if (employerId == null) {
            if (!selfEmployed) {
                throw new InvalidInput("employerId", "is required unless the client is self-employed");
            }
            return null;
        }
        Employer employer = Employer.findById(employerId);
        if (employer == null) {
            throw new InvalidInput("employerId", "there is no employer with this id");
        }
        return employer;
    }

    private static JobMatch jobMatchFor(Client client, UUID jobMatchId) {
        if (jobMatchId == null) {
            return null;
        }
        JobMatch match = JobMatch.findById(jobMatchId);
        if (match == null || !match.client.id.equals(client.id)) {
            throw new InvalidInput("jobMatchId", "there is no job match with this id for the client");
        }
        return match;
    }

    private static ContractType contractFor(OutcomeRequest request, boolean selfEmployed) {
        if (selfEmployed) {
            if (request.contractType() != null && request.contractType() != ContractType.SELF_EMPLOYED) {
                throw new InvalidInput("contractType", "a self-employed outcome has the contract type SELF_EMPLOYED");
            }
            return ContractType.SELF_EMPLOYED;
        }
        if (request.contractType() == null) {
            throw new InvalidInput("contractType", "is required for a job with an employer");
        }
        if (request.contractType() == ContractType.SELF_EMPLOYED) {
            throw new InvalidInput("contractType", "SELF_EMPLOYED is only for a self-employed outcome");
        }
        return request.contractType();
    }

    private static void addHours(JobOutcome outcome, LocalDate from, BigDecimal hoursPerWeek) {
        OutcomeHours hours = new OutcomeHours();
        hours.jobOutcome = outcome;
        hours.effectiveFrom = from;
        hours.hoursPerWeek = hoursPerWeek.setScale(1, RoundingMode.HALF_UP);
        hours.persist();
        outcome.hours.add(hours);
        outcome.hours.sort((a, b) -> a.effectiveFrom.compareTo(b.effectiveFrom));
    }

    /** The job as the change was based on it: a version replaced meanwhile is a 409. */
    private static JobOutcome find(UUID clientId, UUID outcomeId, int basedOnVersion) {
        JobOutcome outcome = find(clientId, outcomeId);
        if (outcome.version != basedOnVersion) {
            throw new StaleVersion();
        }
        return outcome;
    }

    private static JobOutcome find(UUID clientId, UUID outcomeId) {
        JobOutcome outcome = JobOutcome.findById(outcomeId);
        if (outcome == null || !outcome.client.id.equals(clientId)) {
            throw new RecordNotFound("job outcome", outcomeId);
        }
        return outcome;
    }
}
