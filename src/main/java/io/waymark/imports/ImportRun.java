package io.waymark.imports;

import io.waymark.actionplan.ActionPlanService;
import io.waymark.actionplan.GoalRequest;
import io.waymark.actionplan.GoalStatus;
import io.waymark.caseload.CaseloadService;
import io.waymark.caseload.WaitingListRequest;
import io.waymark.client.Client;
import io.waymark.client.ClientClosure;
import io.waymark.client.ClientDetails;
import io.waymark.client.ClientService;
import io.waymark.client.ClientStatus;
import io.waymark.client.ConsentScope;
import io.waymark.client.DuplicateFinder;
import io.waymark.client.DuplicateQuery;
import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactRequest;
import io.waymark.contact.ContactService;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.employer.DisabilityConfident;
import io.waymark.employer.Employer;
import io.waymark.employer.EmployerDetails;
import io.waymark.employer.EmployerService;
import io.waymark.employer.SizeBand;
import io.waymark.lists.ClosureReason;
import io.waymark.outcome.ContractType;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.FollowUpAnswerRequest;
import io.waymark.outcome.JobEndRequest;
import io.waymark.outcome.JobOutcome;
import io.waymark.outcome.OutcomeRequest;
import io.waymark.outcome.OutcomeService;
import io.waymark.outcome.OutcomeType;
import io.waymark.outcome.Verification;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.StageMoveRequest;
import io.waymark.staff.Staff;
import io.waymark.staff.Team;
import io.waymark.staff.TeamRole;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * One pass over a batch's files: the dry run, which reads every row and checks it with the services' own rules
 * without saving anything, and then, for a clean batch being confirmed, the import, which reads the files again and
 * saves each row through the same services as the API, in the order the records depend on each other: clients (with
 * their stage and worker), jobs, the moves into in-work support, contacts, and last the closures. Only what the later
 * rows need of the earlier ones is held in memory (a few facts per client), never the rows themselves.
 */
final class ImportRun {

    /** The reason each stage move of an import gives, so that skipping stages needs no other. */
    static final String IMPORTED = "Stage when imported";

    /**
     * How many rows the import saves between clearing Hibernate's session: every query first flushes, and a flush
     * looks at every record the session holds, so a larger session costs at every query (with 250, more than half the
     * import's CPU; 5 takes the import from 126 s to 97 s, docs/performance.md).
     */
    private static final int ROWS_PER_FLUSH = 5;

    /** The services a run goes through, and what it reads with. */
    record Services(ClientService clients, DuplicateFinder duplicates, PathwayService pathway, CaseloadService caseloads,
            OutcomeService outcomes, ContactService contacts, EmployerService employers, ActionPlanService actionPlans,
            ImportFiles files, Validator validator, EntityManager em, Clock clock, CustomFieldService fields) {
    }

    /** A row a service refused while importing: the import stops there and nothing is saved. */
    static final class Stopped extends RuntimeException {
        final ImportProblem problem;

        Stopped(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** What later rows need to know of a client: from this file's row, or from the record already in Waymark. */
    private static final class ClientFacts {
        final String reference;
        final int row;
        UUID id;
        LocalDate referralDate;
        LocalDate dateOfBirth;
        ClientStatus status;
        /** The programme as the file or the record has it: a code or a name of the organisation's list. */
        String programme;
        LocalDate closedOn;
        String closureReason;
        Stage stage;
        LocalDate stageSince;
        Staff worker;
        Team team;
        boolean failed;
        LocalDate consentDate;
        /** The moves the import makes, in order: the earlier moves of the stage moves file, then the current stage. */
        final List<Move> path = new ArrayList<>();
        final List<JobFacts> jobs = new ArrayList<>();

        ClientFacts(String reference, int row) {
            this.reference = reference;
            this.row = row;
        }

        boolean fromFile() {
            return row > 0;
        }
    }

    /** A stage move the import makes: from the stage moves file ({@code row} its row), or the clients file's stage (0). */
    private record Move(Stage to, LocalDate on, String reason, int row) {
    }

    /** What a check answer needs of a job in the jobs file: which it is, its checks by label, and its id once saved. */
    private static final class JobFacts {
        final String title;
        final LocalDate start;
        final LocalDate end;
        final OutcomeType type;
        final Map<String, Integer> answered = new HashMap<>();
        /** Worked out when a check answer names the job: most jobs have none, and the schedule costs two queries. */
        Map<String, LocalDate> checks;
        UUID id;

        JobFacts(String title, LocalDate start, LocalDate end, OutcomeType type) {
            this.title = title;
            this.start = start;
            this.end = end;
            this.type = type;
        }

        boolean currentOn(LocalDate day) {
            return JobOutcome.isCurrentOn(start, end, day);
        }
    }

    private final Services s;
    private final UUID batch;
    private final List<ImportFiles.Part> parts;
    private final Map<ImportKind, Map<String, String>> chosen;
    private final Map<ImportKind, Map<String, String>> mapping = new EnumMap<>(ImportKind.class);
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final Map<ImportKind, Set<Integer>> failedRows = new EnumMap<>(ImportKind.class);
    private final Map<ImportKind, Integer> rowsRead = new EnumMap<>(ImportKind.class);
    private final Map<String, Integer> wouldCreate = new LinkedHashMap<>();
    private int problemCount;

    private final Map<String, ClientFacts> clients = new HashMap<>();
    private final Map<Integer, ClientFacts> clientRows = new LinkedHashMap<>();
    private DuplicateFinder.Index people;
    private final Map<DuplicateFinder.Known, Integer> rowOf = new java.util.IdentityHashMap<>();
    private Set<String> existingReferences;
    private Map<String, Staff> staff;
    private Map<String, Team> teams;
    private Map<String, Employer> employers;
    private final Set<String> newEmployers = new TreeSet<>();
    private final Map<String, Integer> listedEmployers = new HashMap<>();
    private final Map<Integer, JobFacts> jobRows = new HashMap<>();
    private final Map<UUID, Long> room = new HashMap<>();
    private Map<ImportKind, List<ImportField>> ownFields;

    ImportRun(Services services, UUID batch, List<ImportFiles.Part> parts, Map<ImportKind, Map<String, String>> chosen) {
        this.s = services;
        this.batch = batch;
        this.parts = parts;
        this.chosen = chosen;
    }

    /** The kind's fields, with the organisation's own on the clients and jobs files (read once). */
    private List<ImportField> fieldsOf(ImportKind kind) {
        if (ownFields == null) {
            ownFields = ImportService.ownFields(s.fields());
        }
        return ImportField.of(kind, ownFields);
    }

    /** The dry run: every row checked, nothing saved. */
    ImportReport check() {
        for (String what : List.of("clients", "onWaitingList", "stageMoves", "jobs", "employers", "answers", "goals",
                "contacts")) {
            wouldCreate.put(what, 0);
        }
        read(ImportKind.EMPLOYERS, this::checkEmployer);
        read(ImportKind.CLIENTS, this::checkClient);
        read(ImportKind.STAGE_MOVES, this::checkMove);
        clientRows.values().stream().filter(c -> !c.failed).forEach(this::checkPath);
        read(ImportKind.JOBS, this::checkJob);
        clientRows.values().stream().filter(c -> !c.failed).forEach(this::checkInWorkSupport);
        read(ImportKind.FOLLOW_UPS, this::checkAnswer);
        read(ImportKind.GOALS, this::checkGoal);
        read(ImportKind.CONTACTS, this::checkContact);
        wouldCreate.put("employers", wouldCreate.get("employers") + newEmployers.size());
        Map<String, Integer> read = new LinkedHashMap<>();
        rowsRead.forEach((kind, n) -> read.put(kind.title, n));
        Map<String, Integer> failed = new LinkedHashMap<>();
        failedRows.forEach((kind, rows) -> failed.put(kind.title, rows.size()));
        return new ImportReport(read, wouldCreate, List.copyOf(problems), List.copyOf(warnings), failed,
                problemCount > problems.size());
    }

    /** The rows of each kind that have a problem, for the file of rows to fix. */
    Map<ImportKind, Set<Integer>> failedRows() {
        return failedRows;
    }

    /** Each kind's headings in the upload, with the field each fills. */
    Map<ImportKind, Map<String, String>> mapping() {
        return mapping;
    }

    /**
     * The import, after a clean {@link #check()} in the same transaction: every row saved through the services.
     * {@code progress} hears of each row saved.
     */
    void write(IntConsumer progress) {
        read(ImportKind.EMPLOYERS, saving(this::writeEmployer, progress));
        read(ImportKind.CLIENTS, saving(this::writeClient, progress));
        progress.accept(rowsRead.getOrDefault(ImportKind.STAGE_MOVES, 0)); // made with their clients
        read(ImportKind.JOBS, saving(this::writeJob, progress));
        for (ClientFacts client : clientRows.values()) {
            movesFrom(client, Stage.IN_WORK_SUPPORT);
        }
        read(ImportKind.FOLLOW_UPS, saving(this::writeAnswer, progress));
        read(ImportKind.GOALS, saving(row -> s.actionPlans().add(clientOf(row).id, goalOf(row)), progress));
        read(ImportKind.CONTACTS, saving(row -> {
            contacts.add(new ContactService.ClientContact(clientOf(row).id, contactOf(row)));
            contactRows.add(row.number);
            if (contacts.size() == CONTACTS_PER_STATEMENT) {
                recordContacts();
            }
        }, progress));
        recordContacts();
        for (ClientFacts client : clientRows.values()) {
            if (client.reference != null && client.closedOn != null) {
                s.clients().close(client.id, new ClientClosure(client.closureReason, client.closedOn));
            }
        }
        s.em().flush();
    }

    // --- reading ---

    private interface RowAction {
        void accept(ImportMapping.Columns columns, ImportRow row);
    }

    private final Map<ImportKind, ImportMapping.Columns> columns = new EnumMap<>(ImportKind.class);

    private ImportMapping.Columns columnsOf(ImportKind kind) {
        return columns.getOrDefault(kind, new ImportMapping.Columns(List.of(), Map.of(), Map.of()));
    }

    /** Reads the kind's rows: its own file, or the workbook's sheet of its name. */
    private void read(ImportKind kind, RowAction action) {
        Optional<ImportFiles.Part> own = parts.stream().filter(p -> p.part().equals(kind.name())).findFirst();
        Optional<ImportFiles.Part> workbook = parts.stream().filter(ImportFiles.Part::isWorkbook).findFirst();
        ImportFiles.Part part = own.or(() -> workbook).orElse(null);
        if (part == null) {
            return;
        }
        Path file = s.files().open(batch, part.part()).orElseThrow();
        try {
            ImportTable.read(part.format(), file, kind.title, own.isPresent(), new ImportTable.Rows() {
                @Override
                public void headings(List<String> headings) {
                    ImportMapping.Columns matched = ImportMapping.match(fieldsOf(kind), headings,
                            chosen.getOrDefault(kind, Map.of()));
                    columns.put(kind, matched);
                    mapping.put(kind, matched.chosen());
                    rowsRead.put(kind, 0);
                    for (ImportField field : ImportMapping.missing(fieldsOf(kind), matched)) {
                        add(new ImportProblem(kind.title, 0, field.heading(),
                                "no column is matched to " + field.heading() + ", which every row needs"), null);
                    }
                }

                @Override
                public void row(int number, List<String> cells) {
                    rowsRead.merge(kind, 1, Integer::sum);
                    ImportRow row = new ImportRow(kind, number, cells, columns.get(kind));
                    for (ImportField field : fieldsOf(kind)) {
                        if (field.required() && columns.get(kind).has(field.name()) && row.text(field.name()) == null) {
                            row.problem(field.name(), "is required");
                        }
                    }
                    action.accept(columns.get(kind), row);
                    row.problems.forEach(p -> add(p, kind));
                }
            });
        } catch (ImportTable.Unreadable unreadable) {
            add(new ImportProblem(kind.title, 0, "", part.fileName() + " " + unreadable.getMessage()), null);
        } finally {
            ImportFiles.delete(file);
        }
    }

    private void add(ImportProblem problem, ImportKind kind) {
        problemCount++;
        if (problems.size() < ImportReport.MOST_PROBLEMS) {
            problems.add(problem);
        }
        if (kind != null) {
            failedRows.computeIfAbsent(kind, k -> new TreeSet<>()).add(problem.row());
        }
    }

    private void warn(ImportKind kind, ImportRow row, String field, String message) {
        if (warnings.size() < ImportReport.MOST_PROBLEMS) {
            warnings.add(new ImportProblem(kind.title, row.number, columnsOf(kind).headingOf(field, kind), message));
        }
    }

    /** Contacts are recorded a thousand to a statement, by the rules of one (ContactService.recordAll). */
    private static final int CONTACTS_PER_STATEMENT = 1000;
    private final List<ContactService.ClientContact> contacts = new ArrayList<>();
    private final List<Integer> contactRows = new ArrayList<>();

    private void recordContacts() {
        try {
            s.contacts().recordAll(contacts);
        } catch (ContactService.NotRecorded refused) {
            ImportRow row = new ImportRow(ImportKind.CONTACTS, contactRows.get(refused.index), List.of(),
                    columnsOf(ImportKind.CONTACTS));
            row.refused(refused.reason, Map.of(), "clientReference");
            throw new Stopped(row.problems.get(0));
        }
        contacts.clear();
        contactRows.clear();
    }

    /** Saves a row through the services; a refusal stops the import at that row, named. */
    private RowAction saving(java.util.function.Consumer<ImportRow> save, IntConsumer progress) {
        return (columns, row) -> {
            try {
                save.accept(row);
            } catch (DomainException refused) {
                row.refused(refused, Map.of(), "");
                throw new Stopped(row.problems.get(row.problems.size() - 1));
            }
            progress.accept(1);
            if (row.number % ROWS_PER_FLUSH == 0) {
                s.em().flush();
                s.em().clear();
            }
        };
    }

    // --- clients ---

    private static final Map<String, String> MOVE_FIELDS = Map.of("toStage", "stage", "movedOn", "stageSince",
            "reason", "stage");

    private ClientDetails detailsOf(ImportRow row) {
        LocalDate consentDate = row.date("consentDate");
        Set<ConsentScope> scope = row.several(ConsentScope.class, "consentScope");
        if (consentDate != null) {
            scope.add(ConsentScope.SUPPORT);
        }
        return new ClientDetails(row.text("reference"), row.text("firstName"), row.text("lastName"),
                row.text("preferredName"), row.date("dateOfBirth"), row.listed(Gender.class, "gender"),
                row.text("ethnicity"), row.text("email"), row.text("phone"), row.text("nationalInsuranceNumber"),
                row.text("address"), row.text("postcode"), row.text("localAuthority"),
                row.text("programme"), row.text("referralSource"),
                row.date("referralDate"), row.date("programmeStartDate"), consentDate, scope,
                row.severalOf("clientGroups"), row.listed(SupportLevel.class, "supportLevel"),
                row.yes("needsIntenseSupport"), null, ownValues(ImportKind.CLIENTS, row));
    }

    /** The organisation's own fields the file has a column for, as text (a list's values separated by ;). */
    private Map<String, Object> ownValues(ImportKind kind, ImportRow row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ImportField field : fieldsOf(kind)) {
            if (field.name().startsWith(CustomFieldService.PREFIX) && row.has(field.name())) {
                String key = field.name().substring(CustomFieldService.PREFIX.length());
                String text = row.text(field.name());
                values.put(key, text == null || !field.meaning().endsWith(", separated by ;.") ? text
                        : row.severalOf(field.name()));
            }
        }
        return values.isEmpty() ? null : values;
    }

    private void checkClient(ImportMapping.Columns columns, ImportRow row) {
        ClientDetails details = detailsOf(row);
        String reference = details.reference();
        ClientFacts facts = new ClientFacts(reference, row.number);
        clientRows.put(row.number, facts);
        // The lists and the own fields are checked on every row, so a row's problems are all named at once.
        try {
            s.clients().checkLists(details);
        } catch (DomainException refused) {
            row.refused(refused, Map.of(), "");
        }
        try {
            s.fields().values(FieldRecord.CLIENT, details.custom(), Map.of());
        } catch (DomainException refused) {
            row.refused(refused, Map.of(), "");
        }
        if (!row.failed()) {
            row.violations(s.validator().validate(details), Map.of());
        }
        if (!row.failed()) {
            try {
                s.clients().check(details);
            } catch (DomainException refused) {
                row.refused(refused, Map.of(), "");
            }
        }
        if (reference != null) {
            String key = reference.toLowerCase(Locale.ROOT);
            ClientFacts earlier = clients.get(key);
            if (earlier != null && earlier.fromFile()) {
                row.problem("reference", "row " + earlier.row + " has the same reference");
            } else if (existingReferences().contains(key)) {
                row.problem("reference", "a client in Waymark already has the reference " + reference);
            } else {
                clients.put(key, facts);
            }
        }
        if (!row.failed()) {
            checkSameness(row, details);
        }
        facts.referralDate = details.referralDate();
        facts.dateOfBirth = details.dateOfBirth();
        facts.programme = details.programme();
        facts.status = details.consentDate() != null ? ClientStatus.ACTIVE : ClientStatus.REFERRED;
        facts.consentDate = details.consentDate();
        facts.stage = Optional.ofNullable(row.listed(Stage.class, "stage")).orElse(Stage.ENGAGEMENT);
        facts.stageSince = Optional.ofNullable(row.date("stageSince")).orElse(details.referralDate());
        if (facts.stage != Stage.ENGAGEMENT && facts.referralDate != null && facts.stageSince != null) {
            row.violations(s.validator().validate(new StageMoveRequest(facts.stage, facts.stageSince, IMPORTED)),
                    MOVE_FIELDS);
            try {
                PathwayService.check(facts.status, Stage.ENGAGEMENT, facts.referralDate, facts.stage, facts.stageSince);
            } catch (DomainException refused) {
                row.refused(refused, MOVE_FIELDS, "stage");
            }
        }
        checkClosure(row, facts);
        checkPlace(row, facts);
        facts.failed = row.failed();
        if (!facts.failed) {
            wouldCreate.merge("clients", 1, Integer::sum);
        }
    }

    private void checkClosure(ImportRow row, ClientFacts facts) {
        facts.closedOn = row.date("closedOn");
        facts.closureReason = row.text("closureReason");
        if (facts.closedOn == null && facts.closureReason == null) {
            return;
        }
        if (ClosureReason.MERGED.name().equalsIgnoreCase(facts.closureReason)) {
            row.problem("closureReason", "MERGED is for a record merged into another in Waymark");
            return;
        }
        if (facts.closedOn == null || facts.closureReason == null) {
            row.problem(facts.closedOn == null ? "closedOn" : "closureReason",
                    "a closed case needs both the date it closed and the reason");
            return;
        }
        row.violations(s.validator().validate(new ClientClosure(facts.closureReason, facts.closedOn)),
                Map.of("reason", "closureReason"));
        if (facts.stageSince != null && facts.closedOn.isBefore(facts.stageSince)) {
            row.problem("closedOn", "cannot be before the client entered " + facts.stage + " on " + facts.stageSince);
        }
    }

    /**
     * The likely-duplicate check of a referral (the same rule as the page's), against the organisation's clients and
     * the file's earlier rows: all held in one index, read once.
     */
    private void checkSameness(ImportRow row, ClientDetails details) {
        if (people == null) {
            people = s.duplicates().index();
        }
        DuplicateQuery query = new DuplicateQuery(details.firstName(), details.lastName(), details.dateOfBirth(),
                details.nationalInsuranceNumber(), details.phone(), details.email(), null);
        people.likely(query).forEach((known, reasons) -> row.problem("lastName", "likely the same person as "
                + (known.id() != null ? known.reference() + " in Waymark" : "row " + rowOf.get(known))
                + " (" + String.join(", ", reasons) + ")"));
        if (!row.failed()) {
            DuplicateFinder.Known known = new DuplicateFinder.Known(null, details.reference(), details.firstName(),
                    details.preferredName(), details.lastName(), details.dateOfBirth(),
                    details.nationalInsuranceNumber(), details.phone(), details.email());
            rowOf.put(known, row.number);
            people.add(known);
        }
    }

    /** Where the client goes: the worker's caseload while it has room, else their team's waiting list. */
    private void checkPlace(ImportRow row, ClientFacts facts) {
        String workerName = row.text("worker");
        String teamName = row.text("team");
        if (workerName != null) {
            Staff worker = staff().get(workerName.toLowerCase(Locale.ROOT));
            if (worker == null) {
                row.problem("worker", "there is no member of staff with the username or email " + workerName);
                return;
            }
            if (worker.team == null || worker.teamRole != TeamRole.WORKER) {
                row.problem("worker", worker.displayName + " is not a worker in a team, so cannot hold cases");
                return;
            }
            facts.worker = worker;
            facts.team = worker.team;
            if (row.failed()) {
                return;
            }
            if (facts.closedOn != null) {
                warn(ImportKind.CLIENTS, row, "worker", "a closed case is not given to a worker: it is kept with "
                        + worker.team.name);
                return;
            }
            long free = room.computeIfAbsent(worker.id, id -> s.caseloads().room(worker));
            if (free > 0) {
                room.put(worker.id, free - 1);
            } else {
                warn(ImportKind.CLIENTS, row, "worker", worker.displayName + "'s caseload is full: the client goes on "
                        + worker.team.name + "'s waiting list");
                wouldCreate.merge("onWaitingList", 1, Integer::sum);
            }
        } else if (teamName != null) {
            facts.team = teams().get(teamName.toLowerCase(Locale.ROOT));
            if (facts.team == null) {
                row.problem("team", "there is no team called " + teamName);
            } else if (!row.failed() && facts.closedOn == null) {
                wouldCreate.merge("onWaitingList", 1, Integer::sum);
            }
        }
    }

    private void writeClient(ImportRow row) {
        ClientDetails details = detailsOf(row);
        Client client = s.clients().refer(details);
        ClientFacts facts = clientRows.get(row.number);
        facts.id = client.id;
        movesUntil(facts, Stage.IN_WORK_SUPPORT);
        if (facts.worker != null && facts.closedOn == null) {
            s.caseloads().assignOrWait(client.id, facts.worker.id, "Imported");
        } else if (facts.team != null) {
            s.caseloads().placeOnWaitingList(facts.team.id, new WaitingListRequest(client.id, false));
        }
        if (details.reference() == null && facts.closedOn != null) {
            s.clients().close(client.id, new ClientClosure(facts.closureReason, facts.closedOn));
        }
    }

    // --- jobs ---

    private static final Map<String, String> JOB_FIELDS = Map.of("employerId", "employer", "reason", "endReason",
            "stageMoveReason", "stage");

    private OutcomeRequest jobOf(ImportRow row, UUID employerId) {
        return new OutcomeRequest(row.listed(OutcomeType.class, "type"), employerId, null, row.text("jobTitle"),
                row.text("sector"), row.listed(ContractType.class, "contractType"), row.date("startDate"),
                row.decimal("hoursPerWeek"), row.decimal("hourlyPay"), row.yes("apprentice"), false, null,
                ownValues(ImportKind.JOBS, row));
    }

    private void checkJob(ImportMapping.Columns columns, ImportRow row) {
        ClientFacts client = clientFor(row);
        OutcomeRequest job = jobOf(row, null);
        LocalDate endDate = row.date("endDate");
        String endReason = row.text("endReason");
        if (client == null || row.failed()) {
            return;
        }
        row.violations(s.validator().validate(job), JOB_FIELDS);
        String employerName = row.text("employer");
        Employer employer = null;
        if (employerName != null && job.type() != OutcomeType.SELF_EMPLOYED) {
            employer = employers().get(employerName.toLowerCase(Locale.ROOT));
            if (employer == null) {
                employer = new Employer();
                employer.name = employerName;
                employer.sector = job.sector();
                row.violations(s.validator().validate(new EmployerDetails(employerName, job.sector(), null, null, null,
                        null, null, null)), Map.of("name", "employer", "sector", "sector"));
            }
        }
        if (row.failed()) {
            return;
        }
        try {
            s.outcomes().check(transientClient(client), job, employer);
            if (client.closedOn != null && job.startDate().isAfter(client.closedOn)) {
                row.problem("startDate", "the case was closed on " + client.closedOn
                        + "; a job of this case cannot start after that");
            }
            if (endDate != null || endReason != null) {
                row.violations(s.validator().validate(new JobEndRequest(endDate, endReason, false)), JOB_FIELDS);
                if (endDate != null) {
                    s.outcomes().checkEnd(job.startDate(), endDate);
                }
            }
        } catch (DomainException refused) {
            row.refused(refused, JOB_FIELDS, "clientReference");
        }
        if (!row.failed()) {
            JobFacts facts = new JobFacts(job.jobTitle(), job.startDate(), endDate, job.type());
            client.jobs.add(facts);
            jobRows.put(row.number, facts);
            wouldCreate.merge("jobs", 1, Integer::sum);
            if (employer != null && employer.id == null && !listedEmployers.containsKey(employerName.toLowerCase(Locale.ROOT))) {
                newEmployers.add(employerName.toLowerCase(Locale.ROOT));
            }
        }
    }

    private void writeJob(ImportRow row) {
        ClientFacts client = clientOf(row);
        String employerName = row.text("employer");
        UUID employerId = null;
        if (employerName != null && row.listed(OutcomeType.class, "type") != OutcomeType.SELF_EMPLOYED) {
            Employer employer = employers().get(employerName.toLowerCase(Locale.ROOT));
            if (employer == null) {
                employer = s.employers().create(new EmployerDetails(employerName, row.text("sector"), null, null, null,
                        null, null, null));
                employers.put(employerName.toLowerCase(Locale.ROOT), employer);
            }
            employerId = employer.id;
        }
        JobOutcome outcome = s.outcomes().record(client.id, jobOf(row, employerId));
        jobRows.get(row.number).id = outcome.id;
        LocalDate endDate = row.date("endDate");
        if (endDate != null) {
            s.outcomes().end(client.id, outcome.id, new JobEndRequest(endDate, row.text("endReason"), false));
        }
    }

    // --- employers ---

    private EmployerDetails employerOf(ImportRow row) {
        return new EmployerDetails(row.text("name"), row.text("sector"), row.listed(SizeBand.class, "sizeBand"),
                row.text("address"), row.text("localAuthority"),
                row.listed(DisabilityConfident.class, "disabilityConfident"), row.text("notes"), null);
    }

    private void checkEmployer(ImportMapping.Columns columns, ImportRow row) {
        EmployerDetails employer = employerOf(row);
        if (row.failed() || employer.name() == null) { // a missing column is a problem of the file
            return;
        }
        row.violations(s.validator().validate(employer), Map.of());
        String key = employer.name().strip().toLowerCase(Locale.ROOT);
        Integer earlier = listedEmployers.get(key);
        if (earlier != null) {
            row.problem("name", "row " + earlier + " has the same employer");
        } else if (!row.failed()) {
            try {
                EmployerService.requireFreeName(employer.name(), null);
            } catch (DomainException refused) {
                row.refused(refused, Map.of(), "name");
            }
        }
        if (!row.failed()) {
            listedEmployers.put(key, row.number);
            wouldCreate.merge("employers", 1, Integer::sum);
        }
    }

    private void writeEmployer(ImportRow row) {
        EmployerDetails details = employerOf(row);
        Map<String, Employer> known = employers();
        known.put(details.name().strip().toLowerCase(Locale.ROOT), s.employers().create(details));
    }

    // --- earlier stage moves ---

    private static final Map<String, String> EARLIER_MOVE_FIELDS = Map.of("toStage", "toStage", "movedOn", "movedOn",
            "reason", "reason");

    private void checkMove(ImportMapping.Columns columns, ImportRow row) {
        Stage to = row.listed(Stage.class, "toStage");
        LocalDate on = row.date("movedOn");
        String reason = Optional.ofNullable(row.text("reason")).orElse(IMPORTED);
        String reference = row.text("clientReference");
        if (reference == null || to == null || on == null || row.failed()) {
            return;
        }
        ClientFacts client = clients.get(reference.toLowerCase(Locale.ROOT));
        if (client == null || !client.fromFile()) {
            row.problem("clientReference", (client == null ? "there is no client with the reference " + reference
                    + " in the clients file" : reference + " is already in Waymark")
                    + ": earlier stage moves come with the client's row");
            return;
        }
        if (client.failed) {
            row.problem("clientReference", "the client's row (row " + client.row + " of " + ImportKind.CLIENTS.title
                    + ") has problems");
            return;
        }
        row.violations(s.validator().validate(new StageMoveRequest(to, on, reason)), EARLIER_MOVE_FIELDS);
        if (!row.failed()) {
            client.path.add(new Move(to, on, reason, row.number));
        }
    }

    /**
     * A client's moves, the earlier ones in date order and then the clients file's stage, each checked by the
     * pathway's rules from the stage before. An earlier move to the stage the clients file gives, on the day it
     * gives, is that same move.
     */
    private void checkPath(ClientFacts client) {
        List<Move> earlier = new ArrayList<>(client.path);
        earlier.sort(Comparator.comparing(Move::on));
        Move current = new Move(client.stage, client.stageSince, IMPORTED, 0);
        if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).to() == client.stage
                && earlier.get(earlier.size() - 1).on().equals(client.stageSince)) {
            current = earlier.remove(earlier.size() - 1);
        }
        client.path.clear();
        Stage from = Stage.ENGAGEMENT;
        LocalDate since = client.referralDate;
        for (Move move : earlier) {
            try {
                PathwayService.check(client.status, from, since, move.to(), move.on());
                if (move.on().isAfter(client.stageSince)) {
                    throw new InvalidInput("movedOn", "is after " + client.stageSince + ", when the"
                            + " clients file says the client entered " + client.stage);
                }
            } catch (DomainException refused) {
                moveProblem(move, refused);
                return;
            }
            client.path.add(move);
            wouldCreate.merge("stageMoves", 1, Integer::sum);
            from = move.to();
            since = move.on();
        }
        if (client.stage != from) {
            if (!earlier.isEmpty()) {
                try {
                    PathwayService.check(client.status, from, since, client.stage, client.stageSince);
                } catch (DomainException refused) {
                    moveProblem(earlier.get(earlier.size() - 1), refused);
                    return;
                }
            }
            client.path.add(current);
        } else if (!earlier.isEmpty()) {
            moveProblem(earlier.get(earlier.size() - 1), new InvalidInput("movedOn", "the clients"
                    + " file says the client entered " + client.stage + " on " + client.stageSince));
        }
    }

    private void moveProblem(Move move, DomainException refused) {
        ImportRow row = new ImportRow(ImportKind.STAGE_MOVES, move.row(), List.of(), columnsOf(ImportKind.STAGE_MOVES));
        row.refused(refused, EARLIER_MOVE_FIELDS, "toStage");
        row.problems.forEach(p -> add(p, ImportKind.STAGE_MOVES));
    }

    /** Every move into in-work support needs a job current on its day, from the jobs file or already in Waymark. */
    private void checkInWorkSupport(ClientFacts client) {
        for (Move move : client.path) {
            if (move.to() == Stage.IN_WORK_SUPPORT && client.jobs.stream().noneMatch(j -> j.currentOn(move.on()))) {
                String message = "in-work support needs a job current on " + move.on() + ": add it to the jobs";
                if (move.row() == 0) {
                    client.failed = true;
                    wouldCreate.merge("clients", -1, Integer::sum);
                    add(new ImportProblem(ImportKind.CLIENTS.title, client.row,
                            columnsOf(ImportKind.CLIENTS).headingOf("stage", ImportKind.CLIENTS), message),
                            ImportKind.CLIENTS);
                } else {
                    add(new ImportProblem(ImportKind.STAGE_MOVES.title, move.row(),
                            columnsOf(ImportKind.STAGE_MOVES).headingOf("toStage", ImportKind.STAGE_MOVES), message),
                            ImportKind.STAGE_MOVES);
                }
                return;
            }
        }
    }

    /** Makes the client's moves up to the first into {@code stage} (which needs the jobs saved first). */
    private void movesUntil(ClientFacts client, Stage stage) {
        for (Move move : client.path) {
            if (move.to() == stage) {
                return;
            }
            s.pathway().move(client.id, new StageMoveRequest(move.to(), move.on(), move.reason()));
        }
    }

    /** Makes the client's moves from the first into {@code stage} on. */
    private void movesFrom(ClientFacts client, Stage stage) {
        boolean reached = false;
        for (Move move : client.path) {
            reached = reached || move.to() == stage;
            if (reached) {
                s.pathway().move(client.id, new StageMoveRequest(move.to(), move.on(), move.reason()));
            }
        }
    }

    // --- sustainment check answers ---

    private FollowUpAnswerRequest answerOf(ImportRow row) {
        return new FollowUpAnswerRequest(row.listed(FollowUpAnswer.class, "answer"), row.date("checkedOn"),
                row.decimal("hoursPerWeek"), row.listed(Verification.class, "verifiedBy"),
                row.date("notInEmploymentSince"), row.text("reason"));
    }

    /** The job a check answer names: the client's job of the jobs file starting that day (and of that title). */
    private JobFacts jobFor(ImportRow row, ClientFacts client) {
        LocalDate start = row.date("jobStartDate");
        String title = row.text("jobTitle");
        if (start == null) {
            return null;
        }
        List<JobFacts> found = client.jobs.stream().filter(j -> j.start.equals(start))
                .filter(j -> title == null || j.title.equalsIgnoreCase(title.strip())).toList();
        if (found.isEmpty()) {
            row.problem("jobStartDate", "the jobs file has no job of " + client.reference + " starting on " + start
                    + (title == null ? "" : " called " + title) + " (checks of jobs already in Waymark are answered"
                    + " on the job's page)");
            return null;
        }
        if (found.size() > 1) {
            row.problem("jobTitle", client.reference + " has " + found.size() + " jobs starting on " + start
                    + ": give the job title");
            return null;
        }
        JobFacts job = found.get(0);
        if (job.checks == null) {
            job.checks = s.outcomes().checksOf(client.programme, job.type, job.start, client.consentDate);
        }
        return job;
    }

    /** The schedule's label a row gives ("13 weeks", "13 Weeks", "13  weeks"), or null. */
    private static String labelOf(JobFacts job, String given) {
        String wanted = given.strip().replaceAll("\\s+", " ");
        return job.checks.keySet().stream().filter(label -> label.equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    private void checkAnswer(ImportMapping.Columns columns, ImportRow row) {
        ClientFacts client = clientFor(row);
        FollowUpAnswerRequest answer = answerOf(row);
        if (client == null || row.failed()) {
            return;
        }
        JobFacts job = jobFor(row, client);
        if (job == null || row.text("check") == null || answer.checkedOn() == null) {
            return;
        }
        String label = labelOf(job, row.text("check"));
        if (label == null) {
            row.problem("check", "the job's checks are " + String.join(", ", job.checks.keySet()));
            return;
        }
        Integer earlier = job.answered.get(label);
        if (earlier != null) {
            row.problem("check", "row " + earlier + " answers the same check");
            return;
        }
        row.violations(s.validator().validate(answer), Map.of());
        if (row.failed()) {
            return;
        }
        try {
            OutcomeService.checkAnswer(job.start, label, job.checks.get(label), answer.checkedOn(), answer);
        } catch (DomainException refused) {
            row.refused(refused, Map.of(), "answer");
            return;
        }
        job.answered.put(label, row.number);
        wouldCreate.merge("answers", 1, Integer::sum);
    }

    private void writeAnswer(ImportRow row) {
        ClientFacts client = clientOf(row);
        JobFacts job = jobFor(row, client);
        String label = labelOf(job, row.text("check"));
        UUID check = s.em().createQuery("select f.id from FollowUp f where f.jobOutcome.id = ?1 and f.label = ?2",
                UUID.class).setParameter(1, job.id).setParameter(2, label).getSingleResult();
        s.outcomes().answer(client.id, job.id, check, answerOf(row));
    }

    // --- action-plan goals ---

    private GoalRequest goalOf(ImportRow row) {
        return new GoalRequest(row.text("goal"), row.text("objectives"), row.date("targetDate"), row.date("reviewDate"),
                row.listed(GoalStatus.class, "status"));
    }

    private void checkGoal(ImportMapping.Columns columns, ImportRow row) {
        ClientFacts client = clientFor(row);
        GoalRequest goal = goalOf(row);
        if (client == null || row.failed()) {
            return;
        }
        row.violations(s.validator().validate(goal), Map.of());
        try {
            ActionPlanService.check(goal, LocalDate.now(s.clock()));
        } catch (DomainException refused) {
            row.refused(refused, Map.of(), "goal");
        }
        if (!row.failed()) {
            wouldCreate.merge("goals", 1, Integer::sum);
        }
    }

    // --- contacts ---

    private ContactRequest contactOf(ImportRow row) {
        return new ContactRequest(row.moment("happenedAt", s.clock().getZone()),
                row.listed(ContactChannel.class, "channel"), row.whole("durationMinutes"),
                row.listed(Stage.class, "stage"), row.text("notes"));
    }

    private void checkContact(ImportMapping.Columns columns, ImportRow row) {
        ClientFacts client = clientFor(row);
        ContactRequest contact = contactOf(row);
        if (client == null || row.failed()) {
            return;
        }
        row.violations(s.validator().validate(contact), Map.of());
        OffsetDateTime happenedAt = contact.happenedAt();
        if (happenedAt != null) {
            LocalDate on = happenedAt.atZoneSameInstant(s.clock().getZone()).toLocalDate();
            try {
                s.contacts().requireNotInFuture(happenedAt);
            } catch (DomainException refused) {
                row.refused(refused, Map.of(), "happenedAt");
                return;
            }
            if (on.isBefore(client.referralDate)) {
                row.problem("happenedAt", "cannot be before the referral date " + client.referralDate);
            } else if (client.closedOn != null && on.isAfter(client.closedOn)) {
                row.problem("happenedAt", "the case was closed on " + client.closedOn + "; a contact cannot be after that");
            }
        }
        if (!row.failed()) {
            wouldCreate.merge("contacts", 1, Integer::sum);
        }
    }

    // --- the clients rows name ---

    /** The client a job or contact row names, with a problem at its column when it cannot take it. */
    private ClientFacts clientFor(ImportRow row) {
        String reference = row.text("clientReference");
        if (reference == null) {
            return null;
        }
        ClientFacts client = clients.computeIfAbsent(reference.toLowerCase(Locale.ROOT), this::existing);
        if (client == null) {
            clients.remove(reference.toLowerCase(Locale.ROOT));
            row.problem("clientReference", "there is no client with the reference " + reference
                    + " in the clients file or in Waymark");
            return null;
        }
        if (client.failed) {
            row.problem("clientReference", "the client's row (row " + client.row + " of " + ImportKind.CLIENTS.title
                    + ") has problems");
            return null;
        }
        if (!client.fromFile() && client.closedOn != null) {
            row.problem("clientReference", "the client's case was closed on " + client.closedOn
                    + "; nothing more can be added to it");
            return null;
        }
        return client;
    }

    private ClientFacts clientOf(ImportRow row) {
        return clients.get(row.text("clientReference").toLowerCase(Locale.ROOT));
    }

    private ClientFacts existing(String reference) {
        List<Client> found = Client.list("lower(reference) = ?1 and mergedInto is null", reference);
        if (found.isEmpty()) {
            return null;
        }
        Client client = found.get(0);
        ClientFacts facts = new ClientFacts(client.reference, 0);
        facts.id = client.id;
        facts.referralDate = client.referralDate;
        facts.dateOfBirth = client.dateOfBirth;
        facts.status = client.status;
        facts.programme = client.programmeCode();
        facts.closedOn = client.closedOn;
        facts.consentDate = client.consentDate;
        facts.stage = client.currentStage;
        facts.stageSince = client.stageEnteredOn;
        return facts;
    }

    /** A client as the outcome rules read one, not saved. */
    private static Client transientClient(ClientFacts facts) {
        Client client = new Client();
        client.referralDate = facts.referralDate;
        client.dateOfBirth = facts.dateOfBirth;
        client.status = facts.status;
        client.closedOn = facts.closedOn;
        return client;
    }

    // --- the organisation's lists, read once ---

    private Set<String> existingReferences() {
        if (existingReferences == null) {
            existingReferences = new java.util.HashSet<>(s.em().createQuery(
                    "select lower(c.reference) from Client c", String.class).getResultList());
        }
        return existingReferences;
    }

    private Map<String, Staff> staff() {
        if (staff == null) {
            staff = new HashMap<>();
            for (Staff member : Staff.<Staff>list("left join fetch team")) {
                staff.put(member.username.toLowerCase(Locale.ROOT), member);
                if (member.email != null) {
                    staff.putIfAbsent(member.email.toLowerCase(Locale.ROOT), member);
                }
            }
        }
        return staff;
    }

    private Map<String, Team> teams() {
        if (teams == null) {
            teams = new HashMap<>();
            Team.<Team>listAll().forEach(t -> teams.putIfAbsent(t.name.toLowerCase(Locale.ROOT), t));
        }
        return teams;
    }

    private Map<String, Employer> employers() {
        if (employers == null) {
            employers = new HashMap<>();
            Employer.<Employer>listAll().forEach(e -> employers.putIfAbsent(e.name.toLowerCase(Locale.ROOT), e));
        }
        return employers;
    }
}
