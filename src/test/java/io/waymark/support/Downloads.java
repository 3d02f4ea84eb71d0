package io.waymark.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Lists downloaded as files, read back as a user's spreadsheet shows them. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** The lines of a CSV file downloaded from {@code path} (headings first, without the byte-order mark). */
    public static List<String> csvLines(String token, String path, Object... pathParams) {
        byte[] file = given().auth().oauth2(token).accept("text/csv").get(path, pathParams).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        String csv = new String(file, StandardCharsets.UTF_8);
        return (csv.startsWith("\uFEFF") ? csv.substring(1) : csv).lines().toList();
    }

    /** The cells of the first sheet of a workbook downloaded from {@code path}, as text, row by row. */
    public static List<List<String>> workbookRows(String token, String path, Object... pathParams) {
        byte[] file = given().auth().oauth2(token).accept(XLSX).get(path, pathParams).then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's latest audit entry, as an administrator of {@code organisation} reads it. */
    public static JsonPath latestTrailEntry(String organisation, String clientId) {
        return Api.as(Tokens.admin(organisation)).request().queryParam("clientId", clientId)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().setRootPath("[0]");
    }
}
