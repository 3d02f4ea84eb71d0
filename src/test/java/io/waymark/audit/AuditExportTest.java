package io.waymark.audit;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The audit trail's search as a file: the page's rows, every one the search finds, and the download in the trail. */
@QuarkusTest
class AuditExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    @Test
    void theSearchDownloadsAsTheRowsThePageShowsAndTheDownloadIsInTheTrail() throws Exception {
        String id = Api.as(Tokens.worker(Tokens.NORTH)).refer(anActiveClient().named("Lorna", "Achiltibuie"));
        String csv = new String(admin.request().accept("text/csv").queryParam("format", "csv")
                .queryParam("clientId", id).get("/api/v1/audit-events/export").then().statusCode(200)
                .header("Content-Disposition", containsString("waymark-audit-trail.csv")).extract().asByteArray(),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFWhen,Who,Client,What was done", lines.get(0));
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.contains("Added client") && l.contains("worker-north-works")),
                csv);
        List<String> entities = admin.request().queryParam("clientId", id).get("/api/v1/audit-events").then()
                .statusCode(200).extract().jsonPath().getList("entity");
        assertEquals("ListExport", entities.get(0), "the download is the client's latest entry: " + entities);

        String reference = admin.request().get("/api/v1/clients/{id}", id).then().extract().path("reference");
        byte[] workbook = given().auth().oauth2(Tokens.admin(Tokens.NORTH)).get("/app/audit/export?reference="
                + reference + "&format=xlsx").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook file = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertEquals("What was done", file.getSheetAt(0).getRow(0).getCell(3).getStringCellValue());
            assertEquals(reference, file.getSheetAt(0).getRow(1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void reversedDaysAreRefusedByTheApiAndThePageAlike() {
        admin.request().accept("text/csv").queryParam("format", "csv").queryParam("from", "2026-11-30")
                .queryParam("to", "2026-11-01").get("/api/v1/audit-events/export").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        String page = given().auth().oauth2(Tokens.admin(Tokens.NORTH))
                .get("/app/audit?from=2026-11-30&to=2026-11-01").then().statusCode(400).extract().asString();
        assertTrue(page.contains("There is a problem") && page.contains("cannot be before from"), page);
        Api.as(Tokens.worker(Tokens.NORTH)).request().accept("text/csv").queryParam("format", "csv")
                .get("/api/v1/audit-events/export").then().statusCode(403);
    }
}
