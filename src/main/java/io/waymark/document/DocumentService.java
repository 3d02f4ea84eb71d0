package io.waymark.document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.waymark.client.Client;
import io.waymark.client.ClientErased;
import io.waymark.client.ClientService;
import io.waymark.common.InvalidInput;
import io.waymark.common.Problem;
import io.waymark.common.RecordNotFound;
import io.waymark.common.SqlReads;
import io.waymark.common.StaleVersion;
import io.waymark.common.StreamedBody;
import io.waymark.organisation.OrganisationService;
import io.waymark.outcome.FollowUp;
import io.waymark.outcome.JobOutcome;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents on a client's record: the one place their rules live, for the API and the pages. A file is checked
 * before anything is saved (its size, its type by content, the virus scan when one is configured); a replacement
 * keeps the earlier files; a download is recorded in the audit trail; an erasure removes them all.
 */
@ApplicationScoped
public class DocumentService {

    /** The largest file a document may be. */
    public static final long LARGEST = 20L * 1024 * 1024;

    @Inject
    ClientService clients;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Inject
    DatabaseStore database;

    @Inject
    S3Store s3;

    @Inject
    VirusScanner scanner;

    @Inject
    Event<DocumentRead> reads;

    /** Where new files go: {@code database} (the default) or {@code s3}. */
    @ConfigProperty(name = "waymark.documents.storage", defaultValue = "database")
    String storage;

    /** A file as uploaded: the name the browser gave it, and where the server put its bytes. */
    public record Upload(String fileName, Path file) {
    }

    /** A file to download: its version, and how to write its bytes. */
    public record Download(DocumentVersion file, StreamedBody.Writer writer) {
    }

    /** The documents chosen by {@code %s}, newest first, each with its files newest first, as a JSON array. */
    private static final String DOCUMENTS = """
            select coalesce(json_agg(json_build_object('id', d.id, 'clientId', d.client_id,
                    'jobOutcomeId', d.job_outcome_id, 'followUpId', d.follow_up_id, 'kind', d.kind, 'title', d.title,
                    'addedBy', s.display_name, 'addedAt', d.added_at, 'version', d.version,
                    'files', (select json_agg(json_build_object('number', v.number, 'fileName', v.file_name,
                                      'mediaType', v.media_type, 'sizeBytes', v.size_bytes, 'sha256', v.sha256,
                                      'uploadedBy', u.display_name, 'uploadedAt', v.uploaded_at) order by v.number desc)
                                from document_version v left join staff u on u.id = v.uploaded_by
                               where v.document_id = d.id))
                    order by d.added_at desc, d.id), '[]')
            from document d left join staff s on s.id = d.added_by
            where d.organisation_code = :organisation and %s""";

    /** The client's ({@code :client}) documents, for the client's page. */
    public static final String OF_CLIENT = DOCUMENTS.formatted("d.client_id = :client");

    @Inject
    SqlReads sql;

    @Inject
    OrganisationService organisations;

    /** The client's documents, newest first. */
    public List<DocumentView> of(UUID clientId) {
        clients.get(clientId);
        return sql.jsonArray(OF_CLIENT, Map.of("organisation", organisations.currentCode(), "client", clientId),
                DocumentView.class);
    }

    public DocumentView get(UUID id) {
        Document.get(id);
        return sql.jsonArray(DOCUMENTS.formatted("d.id = :id"), Map.of("organisation", organisations.currentCode(),
                "id", id), DocumentView.class).get(0);
    }

    /** A new document with its first file; refused, with nothing saved, when the file or the request is wrong. */
    public DocumentView attach(UUID clientId, DocumentRequest request, Upload upload) {
        clients.get(clientId); // another organisation's client is "not found", whatever else is wrong
        List<Problem.FieldError> problems = new ArrayList<>();
        if (request.kind() == null) {
            problems.add(new Problem.FieldError("kind", "choose what the document is"));
        }
        if (request.title() == null || request.title().isBlank()) {
            problems.add(new Problem.FieldError("title", "enter a title, such as \"CV, March 2026\""));
        } else if (request.title().strip().length() > 200) {
            problems.add(new Problem.FieldError("title", "must be at most 200 characters"));
        }
        String type = null;
        try {
            type = checked(upload);
        } catch (InvalidInput badFile) {
            problems.addAll(badFile.errors());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String checkedType = type;
        return QuarkusTransaction.joiningExisting().call(() -> {
            Client client = clients.toAddTo(clientId);
            checkEvidence(client.id, request);
            Document document = new Document();
            document.clientId = client.id;
            document.jobOutcomeId = request.jobOutcomeId();
            document.followUpId = request.followUpId();
            document.kind = request.kind();
            document.title = request.title().strip();
            document.addedBy = currentStaff.get().id;
            document.addedAt = OffsetDateTime.now(clock);
            document.persist();
            saveFile(document, 1, upload, checkedType);
            return get(document.id);
        });
    }

    /** A new file for the document, based on its version the user saw; the earlier files are kept. */
    public DocumentView replace(UUID id, Upload upload, int basedOnVersion) {
        Document.get(id);
        String type = checked(upload);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Document document = Document.get(id);
            if (document.version != basedOnVersion) {
                throw new StaleVersion();
            }
            int next = DocumentVersion.of(id).get(0).number + 1;
            saveFile(document, next, upload, type);
            // The document's own version moves on, so a second replacement based on the same one is refused.
            if (Document.update("version = version + 1 where id = ?1 and version = ?2", id, basedOnVersion) != 1) {
                throw new StaleVersion();
            }
            return get(id);
        });
    }

    /** The document and every file of it, gone. */
    public void remove(UUID id, int basedOnVersion) {
        QuarkusTransaction.joiningExisting().run(() -> {
            Document document = Document.get(id);
            if (document.version != basedOnVersion) {
                throw new StaleVersion();
            }
            delete(List.of(document));
        });
    }

    /** The file to download (the newest when {@code number} is null); the download is in the audit trail. */
    public Download open(UUID id, Integer number) {
        Document document = Document.get(id);
        DocumentVersion file = DocumentVersion.of(id).stream().filter(v -> number == null || v.number == number)
                .findFirst().orElseThrow(() -> new RecordNotFound("Document file", number));
        reads.fire(new DocumentRead(document.organisationCode, document.clientId, document.id, file.number));
        DocumentStore store = store(file.storage);
        return new Download(file, out -> store.copyTo(file, out));
    }

    /** Writes a file's bytes, for subject access's zip. */
    public void copy(DocumentVersion file, OutputStream out) throws IOException {
        store(file.storage).copyTo(file, out);
    }

    /** An erased client's documents go, files and all: nothing of them is kept. */
    void erase(@Observes ClientErased erased) {
        delete(Document.list("clientId", erased.clientId()));
    }

    private void delete(List<Document> documents) {
        for (Document document : documents) {
            List<DocumentVersion> files = DocumentVersion.of(document.id);
            files.stream().collect(Collectors.groupingBy(f -> f.storage))
                    .forEach((name, ofStore) -> store(name).remove(ofStore));
            DocumentVersion.delete("documentId", document.id);
            document.delete();
        }
    }

    private void saveFile(Document document, int number, Upload upload, String type) {
        DocumentStore store = store(storage.toUpperCase());
        DocumentVersion file = new DocumentVersion();
        file.documentId = document.id;
        file.number = number;
        file.fileName = FileTypes.cleanName(upload.fileName(), type);
        file.mediaType = type;
        file.sizeBytes = size(upload.file());
        file.sha256 = sha256(upload.file());
        file.storage = store.name();
        file.uploadedBy = currentStaff.get().id;
        file.uploadedAt = OffsetDateTime.now(clock);
        file.persistAndFlush();
        try {
            store.write(file, upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's type, once its size, its type and the virus scan have passed. */
    private String checked(Upload upload) {
        if (upload == null || upload.file() == null) {
            throw new InvalidInput("file", "choose a file to attach");
        }
        long size = size(upload.file());
        if (size == 0) {
            throw new InvalidInput("file", "is empty");
        }
        if (size > LARGEST) {
            throw new InvalidInput("file", String.format("is %.1f MB; a document can be at most 20 MB",
                    size / (1024.0 * 1024)));
        }
        String type = FileTypes.of(upload.file(), upload.fileName());
        scanner.virusIn(upload.file()).ifPresent(virus -> {
            throw new InvalidInput("file", "carries a virus (" + virus + "), so it was not kept");
        });
        return type;
    }

    /** A job must be the client's own, a sustainment check one of its jobs'. */
    private static void checkEvidence(UUID clientId, DocumentRequest request) {
        if (request.jobOutcomeId() != null) {
            JobOutcome job = JobOutcome.findById(request.jobOutcomeId());
            if (job == null || !job.client.id.equals(clientId)) {
                throw new InvalidInput("jobOutcomeId", "is not one of this client's jobs");
            }
        }
        if (request.followUpId() != null) {
            FollowUp check = FollowUp.findById(request.followUpId());
            if (check == null || !check.jobOutcome.client.id.equals(clientId)
                    || request.jobOutcomeId() != null && !check.jobOutcome.id.equals(request.jobOutcomeId())) {
                throw new InvalidInput("followUpId", "is not a sustainment check of this client's job");
            }
        }
    }

    private DocumentStore store(String name) {
        return "S3".equals(name) ? s3 : database;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
