package io.waymark.document;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.ClamdStandIn;
import io.waymark.support.Database;
import io.waymark.support.TestResources;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Documents on a client's record, as workers and administrators use them: attached, replaced with the earlier files
 * kept, downloaded as kept, refused when they are not documents or too large, invisible to another organisation, in
 * subject access, and gone with an erasure. Kept in PostgreSQL here; {@code DocumentsOnS3Test} runs the same tests
 * with the files in S3-compatible storage.
 */
@QuarkusTest
class DocumentTest {

    @Inject
    DataSource dataSource;

    final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    /** Where the files are kept in this run: DATABASE, or S3 in the subclass. */
    String storage() {
        return "DATABASE";
    }

    /** How many pieces of the version's bytes are kept where this run keeps them. */
    int storedPieces(String versionId) {
        return Integer.parseInt(Database.column(dataSource,
                "select count(*) from document_chunk where version_id = ?::uuid", versionId).get(0));
    }

    @Test
    void aWorkerAttachesACvAndDownloadsItExactlyAsItWasKept() {
        String client = worker.refer(anActiveClient().named("Fiona", "Filed"));
        byte[] cv = pdf("Fiona's CV");
        Response attached = attach(Tokens.worker(Tokens.NORTH), client, "Fiona CV (2026).pdf", cv, "CV", "CV, March 2026");
        attached.then().statusCode(201).header("Location", containsString("/api/v1/documents/"))
                .body("kind", equalTo("CV")).body("title", equalTo("CV, March 2026"))
                .body("files[0].fileName", equalTo("Fiona CV (2026).pdf"))
                .body("files[0].mediaType", equalTo("application/pdf"))
                .body("files[0].sizeBytes", equalTo(cv.length));
        String document = attached.path("id");

        Response download = given().auth().oauth2(Tokens.teamLead(Tokens.NORTH))
                .get("/api/v1/documents/{id}/content", document);
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"Fiona CV (2026).pdf\""))
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(cv, download.asByteArray());
        worker.request().get("/api/v1/clients/{id}/documents", client).then().statusCode(200)
                .body("title", equalTo(List.of("CV, March 2026")));

        String version = Database.column(dataSource,
                "select id from document_version where document_id = ?::uuid", document).get(0);
        assertEquals(List.of(storage()), Database.column(dataSource,
                "select storage from document_version where id = ?::uuid", version));
        assertTrue(storedPieces(version) > 0, "the bytes are where this run keeps them");
        assertEquals(List.of("READ"), Database.column(dataSource,
                "select action from audit_event where entity = 'Document' and entity_id = ? and action = 'READ'",
                document), "the download is in the audit trail");
    }

    @Test
    void aReplacedDocumentKeepsItsEarlierFiles() {
        String client = worker.refer(anActiveClient().named("Fiona", "Replaced"));
        byte[] first = pdf("first payslip");
        String document = attach(Tokens.worker(Tokens.NORTH), client, "payslip.pdf", first, "EVIDENCE_OF_EMPLOYMENT",
                "Payslip").path("id");
        byte[] second = pdf("second payslip, clearer");
        replace(document, "0", "payslip-clear.pdf", second).then().statusCode(200).body("version", equalTo(1))
                .body("files.number", equalTo(List.of(2, 1)))
                .body("files.fileName", equalTo(List.of("payslip-clear.pdf", "payslip.pdf")));
        assertArrayEquals(second, download(Tokens.worker(Tokens.NORTH), "/api/v1/documents/{id}/content", document));
        assertArrayEquals(first, download(Tokens.worker(Tokens.NORTH), "/api/v1/documents/{id}/files/1", document));
        replace(document, "0", "stale.pdf", pdf("stale")).then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void twentyReplacementsBasedOnTheSameVersionAtOnceMakeOne() throws Exception {
        String client = worker.refer(anActiveClient().named("Fiona", "Raced"));
        String document = attach(Tokens.worker(Tokens.NORTH), client, "letter.pdf", pdf("letter"), "LETTER",
                "Letter from the council").path("id");
        List<Integer> answers = AtOnce.send(AtOnce.TWENTY, i -> replace(document, "0", "letter-" + i + ".pdf",
                pdf("letter " + i)).statusCode());
        assertEquals(1, answers.stream().filter(s -> s == 200).count(), answers.toString());
        assertEquals(AtOnce.TWENTY - 1, answers.stream().filter(s -> s == 409).count(), answers.toString());
        worker.request().get("/api/v1/documents/{id}", document).then().body("files.size()", equalTo(2));
    }

    @Test
    void aProgramNamedAsAPayslipIsRefusedAndNothingIsKept() {
        String client = worker.refer(anActiveClient().named("Fiona", "Tricked"));
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[60] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.US_ASCII), 0, program, 0x80, 4);
        attach(Tokens.worker(Tokens.NORTH), client, "payslip.pdf", program, "EVIDENCE_OF_EMPLOYMENT", "Payslip")
                .then().statusCode(400).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("a program, which Waymark does not keep"));
        // Neither kind nor title given, and a virus: every problem at once.
        sending(Tokens.worker(Tokens.NORTH), "notes.txt", ClamdStandIn.EICAR.getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/clients/{id}/documents", client).then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind", "title", "file")))
                .body("errors[2].message", equalTo("carries a virus (Eicar-Test-Signature), so it was not kept"));
        worker.request().get("/api/v1/clients/{id}/documents", client).then().body("size()", equalTo(0));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBeforeAnyOfItIsRead() throws Exception {
        String client = worker.refer(anActiveClient().named("Fiona", "Large"));
        long size = 21L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        InputStream body = new InputStream() {
            @Override
            public int read() {
                return sent.getAndIncrement() < size ? 'x' : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                long left = size - sent.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                sent.addAndGet(n);
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/clients/" + client + "/documents?kind=CV&title=Big&fileName=big.pdf"))
                .header("Authorization", "Bearer " + Tokens.worker(Tokens.NORTH))
                .header("Content-Type", "application/pdf").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body),
                        size)).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());
        assertTrue(sent.get() < 1024 * 1024, "the server asked for none of the 21 MB: " + sent.get() + " bytes sent");
        worker.request().get("/api/v1/clients/{id}/documents", client).then().body("size()", equalTo(0));
    }

    @Test
    void anotherOrganisationCannotTellADocumentExists() {
        String client = worker.refer(anActiveClient().named("Fiona", "Private"));
        String document = attach(Tokens.worker(Tokens.NORTH), client, "consent.pdf", pdf("signed"), "CONSENT",
                "Signed consent").path("id");
        Api south = Api.as(Tokens.worker(Tokens.SOUTH));
        south.request().get("/api/v1/clients/{id}/documents", client).then().statusCode(404);
        south.request().get("/api/v1/documents/{id}", document).then().statusCode(404);
        given().auth().oauth2(Tokens.worker(Tokens.SOUTH)).get("/api/v1/documents/{id}/content", document).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.worker(Tokens.SOUTH)).get("/api/v1/documents/{id}/files/1", document).then()
                .statusCode(404);
        sending(Tokens.worker(Tokens.SOUTH), "x.pdf", pdf("x")).header("If-Match", "\"0\"")
                .post("/api/v1/documents/{id}/files", document).then().statusCode(404);
        south.request().header("If-Match", "\"0\"").delete("/api/v1/documents/{id}", document).then().statusCode(404);
        attach(Tokens.worker(Tokens.SOUTH), client, "x.pdf", pdf("x"), "OTHER", "Planted").then().statusCode(404);
    }

    @Test
    void thoseWhoWorkWithTheClientAddDocumentsAndAdministratorsReadThem() {
        String client = worker.refer(anActiveClient().named("Fiona", "Roles"));
        String document = attach(Tokens.advisor(Tokens.NORTH), client, "letter.pdf", pdf("GP letter"), "LETTER",
                "Letter from the GP").then().statusCode(201).extract().path("id");
        attach(Tokens.admin(Tokens.NORTH), client, "x.pdf", pdf("x"), "OTHER", "Admin's").then().statusCode(403);
        assertArrayEquals(pdf("GP letter"), download(Tokens.admin(Tokens.NORTH), "/api/v1/documents/{id}/content",
                document));
        Api.as(Tokens.commissioner("documents-funder")).request().get("/api/v1/documents/{id}", document).then()
                .statusCode(403);
        worker.request().header("If-Match", "\"0\"").delete("/api/v1/documents/{id}", document).then()
                .statusCode(204);
        worker.request().get("/api/v1/documents/{id}", document).then().statusCode(404);
    }

    @Test
    void evidenceIsOfTheClientsOwnJob() {
        String client = worker.refer(anActiveClient().named("Fiona", "Employed"));
        String other = worker.refer(anActiveClient().named("Fiona", "Other"));
        String employer = worker.employer("Documents Bakery " + UUID.randomUUID());
        String job = worker.outcome(client, aJobGainedWith(employer));
        String othersJob = worker.outcome(other, aJobGainedWith(employer));
        sending(Tokens.worker(Tokens.NORTH), "contract.pdf", pdf("contract")).queryParam("kind",
                        "EVIDENCE_OF_EMPLOYMENT").queryParam("title", "Contract").queryParam("jobOutcomeId", job)
                .post("/api/v1/clients/{id}/documents", client).then().statusCode(201)
                .body("jobOutcomeId", equalTo(job));
        sending(Tokens.worker(Tokens.NORTH), "contract.pdf", pdf("contract")).queryParam("kind",
                        "EVIDENCE_OF_EMPLOYMENT").queryParam("title", "Contract").queryParam("jobOutcomeId", othersJob)
                .post("/api/v1/clients/{id}/documents", client).then().statusCode(400)
                .body("errors[0].field", equalTo("jobOutcomeId"));
    }

    @Test
    void aMergeMovesTheDuplicatesDocumentsToTheKeptRecord() {
        String kept = worker.refer(anActiveClient().named("Fiona", "Kept"));
        String duplicate = worker.refer(anActiveClient().named("Fiona", "Duplicate"));
        byte[] consent = pdf("consent signed on the duplicate");
        String document = attach(Tokens.worker(Tokens.NORTH), duplicate, "consent.pdf", consent, "CONSENT",
                "Signed consent").path("id");
        Api.as(Tokens.admin(Tokens.NORTH)).request().body(Map.of("mergedClientId", duplicate, "reason",
                "Referred twice")).post("/api/v1/clients/{id}/merges", kept).then().statusCode(201)
                .body("moved", containsString("documents 1"));
        worker.request().get("/api/v1/clients/{id}/documents", kept).then().statusCode(200)
                .body("id", equalTo(List.of(document)));
        assertArrayEquals(consent, download(Tokens.worker(Tokens.NORTH), "/api/v1/documents/{id}/content", document));
    }

    @Test
    void subjectAccessCarriesTheFilesAndAnErasureRemovesThem() throws IOException {
        String client = worker.refer(anActiveClient().named("Fiona", "Forgotten"));
        byte[] cv = pdf("CV to be forgotten");
        String document = attach(Tokens.worker(Tokens.NORTH), client, "cv.pdf", cv, "CV", "CV").path("id");
        String version = Database.column(dataSource,
                "select id from document_version where document_id = ?::uuid", document).get(0);
        Api admin = Api.as(Tokens.admin(Tokens.NORTH));
        admin.request().get("/api/v1/clients/{id}/subject-access", client).then().statusCode(200)
                .body("documents.title", equalTo(List.of("CV"))).body("documents[0].files[0].fileName",
                        equalTo("cv.pdf"));
        byte[] zip = given().auth().oauth2(Tokens.admin(Tokens.NORTH)).accept("application/zip")
                .get("/api/v1/clients/{id}/subject-access", client).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        Map<String, byte[]> entries = unzip(zip);
        assertEquals(List.of("documents/01-1-cv.pdf", "subject-access.json"),
                entries.keySet().stream().sorted().toList());
        assertArrayEquals(cv, entries.get("documents/01-1-cv.pdf"));
        assertTrue(new String(entries.get("subject-access.json"), StandardCharsets.UTF_8).contains("\"title\" : \"CV\""));

        worker.request().body(Map.of("reason", "WITHDREW", "closedOn", LocalDate.now().toString()))
                .post("/api/v1/clients/{id}/closure", client).then().statusCode(200);
        admin.request().body(Map.of("note", "Asked to be forgotten")).post("/api/v1/clients/{id}/erasure", client)
                .then().statusCode(200);
        worker.request().get("/api/v1/clients/{id}/documents", client).then().statusCode(200)
                .body("size()", equalTo(0));
        assertEquals(List.of("0"), Database.column(dataSource,
                "select count(*) from document_version where document_id = ?::uuid", document));
        assertEquals(0, storedPieces(version), "the file's bytes are gone too");
    }

    /** An API client sends the file as the body, and what it is as query parameters. */
    static RequestSpecification sending(String token, String fileName, byte[] content) {
        return given().auth().oauth2(token).contentType("application/octet-stream").queryParam("fileName", fileName)
                .body(content);
    }

    Response attach(String token, String client, String fileName, byte[] content, String kind, String title) {
        return sending(token, fileName, content).queryParam("kind", kind).queryParam("title", title)
                .post("/api/v1/clients/{id}/documents", client);
    }

    Response replace(String document, String version, String fileName, byte[] content) {
        return sending(Tokens.worker(Tokens.NORTH), fileName, content).header("If-Match", "\"" + version + "\"")
                .post("/api/v1/documents/{id}/files", document);
    }

    /** A file as an API client downloads it (Accept: anything). */
    static byte[] download(String token, String path, String document) {
        return given().auth().oauth2(token).get(path, document).then().statusCode(200).extract().asByteArray();
    }

    static byte[] pdf(String words) {
        return ("%PDF-1.4\n% " + words + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String baseUrl() {
        return "http://localhost:" + TestResources.applicationPort();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
