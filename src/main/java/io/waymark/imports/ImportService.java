package io.waymark.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.waymark.actionplan.ActionPlanService;
import io.waymark.caseload.CaseloadService;
import io.waymark.client.ClientService;
import io.waymark.client.DuplicateFinder;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.common.Spreadsheet;
import io.waymark.common.StaleVersion;
import io.waymark.contact.ContactService;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.employer.EmployerService;
import io.waymark.organisation.OrganisationService;
import io.waymark.outcome.OutcomeService;
import io.waymark.pathway.PathwayService;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules of an import: an upload is kept and checked (a dry run: nothing else saved), its column matching can be
 * changed and checked again, and a clean batch is imported in one transaction through the same services as the API
 * (all or nothing). An import can be undone while nothing has been recorded on top of it.
 */
@ApplicationScoped
public class ImportService {

    /** An import of 10,000 clients with their history takes about a minute; a transaction must not time out first. */
    static final int TIMEOUT_SECONDS = 3600;

    /** What an undo removes, in the order the foreign keys allow, with the entity name the audit trail uses. */
    private static final List<String[]> MADE = List.of(
            new String[] {"follow_up", "FollowUp", "null::uuid"},
            new String[] {"outcome_hours", "OutcomeHours", "null::uuid"},
            new String[] {"job_outcome", "JobOutcome", "client_id"},
            new String[] {"contact", "Contact", "client_id"},
            new String[] {"action_goal", "ActionGoal", "client_id"},
            new String[] {"assignment", "Assignment", "client_id"},
            new String[] {"stage_move", "StageMove", "client_id"},
            new String[] {"client", "Client", "id"},
            new String[] {"employer", "Employer", "null::uuid"});

    /** A file to take in: which part it is (a kind, or a workbook with a sheet for each), where it was uploaded to. */
    public record Upload(String part, String fileName, Path file) {
    }

    @Inject
    ImportFiles files;

    @Inject
    ImportProgress progress;

    @Inject
    ActionPlanService actionPlans;

    @Inject
    ClientService clients;

    @Inject
    CustomFieldService fields;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    PathwayService pathway;

    @Inject
    CaseloadService caseloads;

    @Inject
    OutcomeService outcomes;

    @Inject
    ContactService contacts;

    @Inject
    EmployerService employers;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OrganisationService organisations;

    @Inject
    ObjectMapper json;

    /** Takes the files in and runs the dry run: the batch is kept, checked, until it is imported or discarded. */
    public ImportView upload(List<Upload> uploads) {
        List<ImportFiles.Part> parts = partsOf(uploads);
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            ImportBatch batch = new ImportBatch();
            batch.fileNames = parts.stream().map(ImportFiles.Part::fileName).collect(Collectors.joining(", "));
            batch.status = ImportBatch.Status.CHECKED;
            batch.uploadedBy = currentStaff.get();
            batch.uploadedAt = OffsetDateTime.now(clock);
            batch.mapping = "{}";
            batch.report = "{}";
            batch.persist();
            em.flush();
            for (int i = 0; i < parts.size(); i++) {
                files.store(batch.id, organisations.currentCode(), parts.get(i), uploads.get(i).file());
            }
            check(batch, remembered());
            return view(batch);
        });
    }

    /** Adds a file to a checked batch, in place of any of the same part, and checks the batch again. */
    public ImportView add(UUID id, int basedOnVersion, Upload upload) {
        ImportFiles.Part part = partsOf(List.of(upload)).get(0);
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            ImportBatch batch = checkedBatch(id, basedOnVersion);
            files.forget(batch.id, part.part());
            files.store(batch.id, organisations.currentCode(), part, upload.file());
            batch.fileNames = files.parts(batch.id).stream().map(ImportFiles.Part::fileName)
                    .collect(Collectors.joining(", "));
            check(batch, mappingOf(batch));
            return view(batch);
        });
    }

    public ImportView get(UUID id) {
        return view(ImportBatch.findExisting(id));
    }

    /** The organisation's latest imports, newest first. */
    public List<ImportView> recent() {
        return ImportBatch.<ImportBatch>find("order by uploadedAt desc").page(0, 20).list().stream().map(this::view)
                .toList();
    }

    /**
     * Matches the file's headings to other fields and checks the batch again; the matching is remembered for the
     * organisation's next file.
     */
    public ImportView remap(UUID id, int basedOnVersion, Map<ImportKind, Map<String, String>> changed) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            ImportBatch batch = checkedBatch(id, basedOnVersion);
            Map<ImportKind, Map<String, String>> mapping = mappingOf(batch);
            changed.forEach((kind, headings) -> {
                headings.forEach((heading, field) -> {
                    if (field != null && !field.isEmpty() && ImportField.of(kind, ownFields()).stream()
                            .noneMatch(f -> f.name().equals(field))) {
                        throw new InvalidInput("mapping", "Waymark has no field " + field + " in " + kind.title);
                    }
                });
                mapping.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putAll(headings);
            });
            remember(mapping);
            check(batch, mapping);
            return view(batch);
        });
    }

    /**
     * Imports a clean batch: checked again, then every row saved, in one transaction. When the check finds a problem
     * (something changed since the dry run) or a service refuses a row, nothing is saved and the batch shows why.
     */
    public ImportView confirm(UUID id, int basedOnVersion) {
        try {
            return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
                ImportBatch checked = checkedBatch(id, basedOnVersion);
                UUID batchId = checked.id;
                em.createNativeQuery("select set_config('waymark.import', cast(:batch as text), true)")
                        .setParameter("batch", batchId.toString()).getSingleResult();
                Map<ImportKind, Map<String, String>> mapping = mappingOf(checked);
                ImportRun run = new ImportRun(services(), batchId, files.parts(batchId), mapping);
                ImportReport report = run.check();
                if (!report.clean()) {
                    throw new Refused(report);
                }
                progress.start(batchId, report.rowsRead().values().stream().mapToInt(Integer::intValue).sum());
                try {
                    run.write(done -> progress.advance(batchId, done));
                } catch (ImportRun.Stopped stopped) {
                    throw new Refused(new ImportReport(report.rowsRead(), report.wouldCreate(),
                            List.of(stopped.problem), List.of(), Map.of(stopped.problem.file(), 1), false));
                }
                ImportBatch batch = ImportBatch.findExisting(id);
                batch.status = ImportBatch.Status.IMPORTED;
                batch.importedBy = currentStaff.get();
                // The transaction's own time: the audit trail's entries of the import have it, later ones do not.
                batch.importedAt = (OffsetDateTime) em.createNativeQuery("select now()", OffsetDateTime.class)
                        .getSingleResult();
                remember(mapping);
                files.forget(batch.id);
                em.flush();
                return view(batch);
            });
        } catch (Refused refused) {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportBatch batch = ImportBatch.findExisting(id);
                batch.report = write(refused.report);
            });
            throw new RuleConflict("Nothing was imported: " + refused.report.problems().get(0).file() + " row "
                    + refused.report.problems().get(0).row() + ", " + refused.report.problems().get(0).column() + ": "
                    + refused.report.problems().get(0).message() + (refused.report.problems().size() > 1
                            ? " (and " + (refused.report.problems().size() - 1) + " more problems)" : "")
                    + ". The records changed since the check; the import's page lists every problem");
        } finally {
            progress.finish(id);
        }
    }

    /** Removes everything the import made, each removal in the audit trail, while nothing is recorded on top. */
    public ImportView undo(UUID id, int basedOnVersion) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            ImportBatch batch = ImportBatch.lock(id);
            if (batch.version != basedOnVersion) {
                throw new StaleVersion();
            }
            if (batch.status != ImportBatch.Status.IMPORTED) {
                throw new RuleConflict("Only an imported batch can be undone; this one is " + batch.status.name());
            }
            Number onTop = (Number) em.createNativeQuery("""
                    select count(*) from audit_event a
                     where a.organisation_code = :organisation and a.action <> 'READ' and a.occurred_at > :importedAt
                       and a.client_id in (select c.id from client c where c.import_id = :batch)""")
                    .setParameter("organisation", batch.organisationCode).setParameter("importedAt", batch.importedAt)
                    .setParameter("batch", batch.id).getSingleResult();
            if (onTop.longValue() > 0) {
                throw new RuleConflict("Records have been changed or added since the import (%d changes): it can no"
                        .formatted(onTop.longValue()) + " longer be undone. Correct the records instead");
            }
            String actor = currentStaff.get().username;
            try {
                for (String[] made : MADE) {
                    em.createNativeQuery("""
                            with gone as (delete from %s where import_id = :batch returning id, %s as client_id)
                            insert into audit_event (organisation_code, actor, action, entity, entity_id, client_id, changes)
                            select :organisation, :actor, 'DELETE', :entity, gone.id::text, gone.client_id, :changes
                            from gone""".formatted(made[0], made[2]))
                            .setParameter("batch", batch.id).setParameter("organisation", batch.organisationCode)
                            .setParameter("actor", actor).setParameter("entity", made[1])
                            .setParameter("changes", "{\"import\":[\"" + batch.id + "\",null]}").executeUpdate();
                }
            } catch (PersistenceException e) {
                if (isForeignKey(e)) {
                    throw new RuleConflict("Something has been recorded with the imported records since the import"
                            + " (a booking, a goal, a match or a merge): it can no longer be undone");
                }
                throw e;
            }
            batch.status = ImportBatch.Status.UNDONE;
            batch.undoneBy = currentStaff.get();
            batch.undoneAt = OffsetDateTime.now(clock);
            em.flush();
            return view(batch);
        });
    }

    /** Drops a checked batch that will not be imported, with its files. */
    public ImportView discard(UUID id, int basedOnVersion) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportBatch batch = checkedBatch(id, basedOnVersion);
            batch.status = ImportBatch.Status.DISCARDED;
            files.forget(batch.id);
            em.flush();
            return view(batch);
        });
    }

    /** How far a running import has got: rows saved and rows in all, or none when it is not running here. */
    public ImportProgress.Done progress(UUID id) {
        return progress.of(id);
    }

    /**
     * The rows of one kind that have a problem, in the file's own columns with the problems added, to fix and upload
     * again. Read from the kept files, so only while the batch is checked.
     */
    public ImportRows failedRows(UUID id, ImportKind kind) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            ImportBatch batch = ImportBatch.findExisting(id);
            if (batch.status != ImportBatch.Status.CHECKED) {
                throw new RuleConflict("The rows to fix are kept only until the import is confirmed or discarded");
            }
            ImportRun run = new ImportRun(services(), batch.id, files.parts(batch.id), mappingOf(batch));
            ImportReport report = run.check();
            Set<Integer> failed = run.failedRows().getOrDefault(kind, Set.of());
            ImportRows rows = new ImportRows(kind.title + " to fix");
            Map<Integer, List<String>> problemsOf = new LinkedHashMap<>();
            report.problems().stream().filter(p -> p.file().equals(kind.title))
                    .forEach(p -> problemsOf.computeIfAbsent(p.row(), r -> new ArrayList<>())
                            .add((p.column().isEmpty() ? "" : p.column() + ": ") + p.message()));
            rows.readFrom(files, batch.id, files.parts(batch.id), kind, failed, problemsOf);
            return rows;
        });
    }

    // --- shared ---

    /** The organisation's own fields the clients and jobs files may have columns for. */
    public Map<ImportKind, List<ImportField>> ownFields() {
        return ownFields(fields);
    }

    static Map<ImportKind, List<ImportField>> ownFields(CustomFieldService fields) {
        Map<ImportKind, List<ImportField>> own = new EnumMap<>(ImportKind.class);
        for (ImportKind kind : ImportKind.values()) {
            own.put(kind, List.of());
        }
        own.put(ImportKind.CLIENTS, fields.asked(FieldRecord.CLIENT).stream().map(ImportField::own).toList());
        own.put(ImportKind.JOBS, fields.asked(FieldRecord.JOB_OUTCOME).stream().map(ImportField::own).toList());
        return own;
    }

    private ImportRun.Services services() {
        return new ImportRun.Services(clients, duplicates, pathway, caseloads, outcomes, contacts, employers, actionPlans,
                files, validator, em, clock, fields);
    }

    private void check(ImportBatch batch, Map<ImportKind, Map<String, String>> chosen) {
        ImportRun run = new ImportRun(services(), batch.id, files.parts(batch.id), chosen);
        ImportReport report = run.check();
        Map<ImportKind, Map<String, String>> mapping = new EnumMap<>(ImportKind.class);
        mapping.putAll(run.mapping());
        batch.mapping = write(mapping);
        batch.report = write(report);
        em.flush();
    }

    private ImportBatch checkedBatch(UUID id, int basedOnVersion) {
        ImportBatch batch = ImportBatch.lock(id);
        if (batch.version != basedOnVersion) {
            throw new StaleVersion();
        }
        if (batch.status != ImportBatch.Status.CHECKED) {
            throw new RuleConflict("This import is " + batch.status.name().toLowerCase() + ": upload the files again");
        }
        return batch;
    }

    private static List<ImportFiles.Part> partsOf(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw new InvalidInput("files", "choose a file to import: a workbook, or a CSV file of clients, jobs or"
                    + " contacts");
        }
        List<ImportFiles.Part> parts = new ArrayList<>();
        for (Upload upload : uploads) {
            String name = upload.fileName() == null ? "" : upload.fileName().strip();
            String lower = name.toLowerCase();
            Spreadsheet.Format format = lower.endsWith(".xlsx") ? Spreadsheet.Format.XLSX
                    : lower.endsWith(".csv") || lower.endsWith(".txt") ? Spreadsheet.Format.CSV : null;
            if (format == null) {
                throw new InvalidInput(upload.part().toLowerCase(), "must be a CSV file (.csv) or an Excel workbook"
                        + " (.xlsx); an older .xls workbook can be saved as .xlsx from Excel");
            }
            if (ImportFiles.Part.WORKBOOK.equals(upload.part()) && format != Spreadsheet.Format.XLSX) {
                throw new InvalidInput("workbook", "must be an Excel workbook (.xlsx) with a sheet for each kind");
            }
            parts.add(new ImportFiles.Part(upload.part(), name, format));
        }
        return parts;
    }

    private Map<ImportKind, Map<String, String>> remembered() {
        Map<ImportKind, Map<String, String>> mapping = new EnumMap<>(ImportKind.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, mapping from import_mapping").getResultList();
        for (Object[] row : rows) {
            mapping.put(ImportKind.valueOf((String) row[0]), read((String) row[1], new TypeReference<>() { }));
        }
        return mapping;
    }

    private void remember(Map<ImportKind, Map<String, String>> mapping) {
        mapping.forEach((kind, headings) -> em.createNativeQuery("""
                insert into import_mapping (organisation_code, kind, mapping) values (:organisation, :kind, :mapping)
                on conflict (organisation_code, kind) do update set mapping = excluded.mapping""")
                .setParameter("organisation", organisations.currentCode()).setParameter("kind", kind.name())
                .setParameter("mapping", write(headings)).executeUpdate());
    }

    private Map<ImportKind, Map<String, String>> mappingOf(ImportBatch batch) {
        Map<ImportKind, Map<String, String>> mapping = new EnumMap<>(ImportKind.class);
        mapping.putAll(read(batch.mapping, new TypeReference<Map<ImportKind, Map<String, String>>>() { }));
        return mapping;
    }

    private ImportReport readReport(ImportBatch batch) {
        return "{}".equals(batch.report) ? null : read(batch.report, new TypeReference<ImportReport>() { });
    }

    ImportView view(ImportBatch batch) {
        return new ImportView(batch.id, batch.status.name(), batch.fileNames, name(batch.uploadedBy), batch.uploadedAt,
                name(batch.importedBy), batch.importedAt, name(batch.undoneBy), batch.undoneAt, mappingOf(batch),
                readReport(batch), batch.version);
    }

    private static String name(Staff staff) {
        return staff == null ? null : staff.displayName;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isForeignKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A batch whose check, run again at the import, found problems: the import stops, nothing saved. */
    private static final class Refused extends RuntimeException {
        final ImportReport report;

        Refused(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
