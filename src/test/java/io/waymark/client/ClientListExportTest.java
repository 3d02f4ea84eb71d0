package io.waymark.client;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The client list as a file: the filters the page shows, every page of it, in CSV or Excel, and in the trail. */
@QuarkusTest
class ClientListExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void theFilteredListDownloadsAsCsvWithEveryClientItFinds() {
        worker.refer(anActiveClient().named("Anna", "Invergarry").with("programme", "IPS")
                .bornOn(LocalDate.parse("1990-04-02")));
        worker.refer(anActiveClient().named("Ewan", "Invergarry").with("programme", "IPS"));
        worker.refer(anActiveClient().named("Zoe", "Invergarry").with("programme", "OTHER"));
        byte[] file = worker.request().accept("text/csv").queryParam("format", "csv").queryParam("q", "invergarry")
                .queryParam("programme", "IPS").queryParam("sort", "firstName").get("/api/v1/clients/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"waymark-clients-"))
                .header("Content-Disposition", containsString(".csv\""))
                .header("Cache-Control", equalTo("no-store"))
                .extract().asByteArray();
        String csv = new String(file, StandardCharsets.UTF_8);
        // The organisation's own fields follow the list's columns: parental status ships with every organisation.
        assertTrue(csv.startsWith("\uFEFFReference,First name,Last name,Date of birth,Stage,In stage since,Status,"
                + "Referral date,Worker,Team,Parental status\r\n"), csv);
        List<String> lines = csv.lines().skip(1).toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(0).contains(",Anna,Invergarry,1990-04-02,Engagement,"), lines.get(0));
        assertTrue(lines.get(1).contains(",Ewan,Invergarry,"), lines.get(1));
        assertTrue(!csv.contains("Zoe"), "another programme's client is not in the file");
    }

    @Test
    void thePageDownloadsTheSameListAsAnExcelWorkbook() throws Exception {
        worker.refer(anActiveClient().named("Morag", "Kinlochewe").bornOn(LocalDate.parse("1985-11-30")));
        worker.refer(aReferral().named("Hamish", "Kinlochewe"));
        String page = given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/clients?q=kinlochewe")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/app/clients/export?q=kinlochewe&amp;stage=&amp;status=&amp;workerId=&amp;"
                + "teamId=&amp;programme=&amp;field=&amp;fieldValue=&amp;format=xlsx\""), "the page links to its list as a file");
        byte[] file = given().auth().oauth2(Tokens.worker(Tokens.NORTH))
                .get("/app/clients/export?q=kinlochewe&format=xlsx").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx\"")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Reference", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> names = new ArrayList<>();
            Row morag = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                names.add(row.getCell(1).getStringCellValue());
                morag = row.getCell(1).getStringCellValue().equals("Morag") ? row : morag;
            }
            assertEquals(List.of("Hamish", "Morag").stream().sorted().toList(), names.stream().sorted().toList());
            // A date is a date in the workbook, so that it sorts and filters as one.
            assertEquals(LocalDate.parse("1985-11-30"), morag.getCell(3).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void eachClientInTheFileHasTheDownloadInTheirTrail() {
        String client = worker.refer(aReferral().named("Ailig", "Achiltibuie"));
        worker.request().accept(XLSX).queryParam("format", "xlsx").queryParam("q", "achiltibuie").get("/api/v1/clients/export")
                .then().statusCode(200);
        JsonPath trail = Api.as(Tokens.admin(Tokens.NORTH)).request().queryParam("clientId", client)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertEquals("READ ListExport", trail.getString("[0].action") + " " + trail.getString("[0].entity"));
        assertEquals("worker-north-works", trail.getString("[0].actor"));
        assertTrue(trail.getString("[0].changes").contains("\"format\":[null,\"xlsx\"]"), trail.getString("[0].changes"));
    }

    @Test
    void aFormatOrFilterItCannotTakeIsRefusedByName() {
        worker.request().accept("*/*").queryParam("format", "pdf").get("/api/v1/clients/export")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        worker.request().accept("text/csv").queryParam("format", "csv").queryParam("stage", "NOT_A_STAGE").get("/api/v1/clients/export")
                .then().statusCode(400).body("errors[0].field", equalTo("stage"));
        given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/clients/export?format=pdf&q=someone")
                .then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("Download as"), containsString("must be csv or xlsx"),
                        containsString("value=\"someone\""));
    }

    @Test
    void anotherOrganisationsClientsAreNeverInTheFile() {
        worker.refer(aReferral().named("Fionnlagh", "Ullapoolish"));
        String csv = Api.as(Tokens.worker(Tokens.SOUTH)).request().accept("text/csv").queryParam("format", "csv")
                .queryParam("q", "ullapoolish").get("/api/v1/clients/export").then().statusCode(200).extract().asString();
        assertEquals(1, csv.lines().count(), "the headings only: " + csv);
    }
}
