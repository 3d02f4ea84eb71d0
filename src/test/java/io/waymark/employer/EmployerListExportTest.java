package io.waymark.employer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The employers list as a file: the page's filters applied, through the API and the page alike. */
@QuarkusTest
class EmployerListExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theFilteredListDownloadsAsCsvAndAsAWorkbook() throws Exception {
        Api worker = Api.as(Tokens.worker(Tokens.NORTH));
        String sector = "Boatbuilding " + UUID.randomUUID().toString().substring(0, 6);
        worker.request().body(Map.of("name", "Ullapool Boats", "sector", sector, "sizeBand", "SMALL",
                "localAuthority", "Highland")).post("/api/v1/employers").then().statusCode(201);
        worker.request().body(Map.of("name", "Lochinver Yard", "sector", sector, "sizeBand", "LARGE"))
                .post("/api/v1/employers").then().statusCode(201);
        String csv = new String(worker.request().accept("text/csv").queryParam("format", "csv")
                .queryParam("sector", sector).queryParam("sizeBand", "SMALL").get("/api/v1/employers/export").then()
                .statusCode(200).header("Content-Disposition", containsString("waymark-employers.csv"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFEmployer,Sector,Size,Disability Confident,Local authority,Last contact,"
                + "No contact in 30 days", lines.get(0));
        assertEquals(List.of("Ullapool Boats," + sector + ",Small,None,Highland,,Yes"), lines.subList(1, lines.size()));

        String page = given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/employers?sector=" + sector)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("/app/employers/export?q=&amp;sector=" + sector), "the page links to its list as a file");
        byte[] file = given().auth().oauth2(Tokens.worker(Tokens.NORTH))
                .get("/app/employers/export?format=xlsx&sector=" + sector).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(2, workbook.getSheetAt(0).getLastRowNum(), "both of the sector's employers");
        }
        worker.request().accept("text/csv").queryParam("format", "csv").queryParam("sizeBand", "HUGE")
                .get("/api/v1/employers/export").then().statusCode(400);
    }
}
