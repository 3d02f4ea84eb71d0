package io.waymark.imports;

import io.waymark.common.Spreadsheet;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The files to fill in: a CSV file of one kind's headings, or a workbook with a sheet for each kind (its listed
 * columns offer their values in a drop-down) and a sheet that says what each column means and takes.
 */
final class ImportTemplates {

    static final String FIELDS_SHEET = "What each column takes";

    /** Rows a drop-down covers below the headings. */
    private static final int ROWS_OFFERED = 50_000;

    private ImportTemplates() {
    }

    /** The template a request asks for: {@code format} xlsx, the workbook; csv, the {@code kind}'s headings. */
    static Response download(String format, String kind, Map<ImportKind, List<ImportField>> own) {
        return Spreadsheet.Format.of("format", format) == Spreadsheet.Format.XLSX ? workbook(own)
                : csv(ImportResource.kindOf(kind), own);
    }

    /** The kind's headings, with the organisation's own fields on the clients file. */
    static Response csv(ImportKind kind, Map<ImportKind, List<ImportField>> own) {
        List<Spreadsheet.Column<Object>> columns = ImportField.of(kind, own).stream()
                .map(f -> new Spreadsheet.Column<Object>(f.heading(), row -> "")).toList();
        return Spreadsheet.download(Spreadsheet.Format.CSV, "waymark-import-" + kind.title.toLowerCase(), columns,
                List.of());
    }

    static Response workbook(Map<ImportKind, List<ImportField>> own) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ImportKind kind : ImportKind.values()) {
                Sheet sheet = workbook.createSheet(kind.title);
                Row headings = sheet.createRow(0);
                DataValidationHelper validations = sheet.getDataValidationHelper();
                List<ImportField> kindFields = ImportField.of(kind, own);
                for (int i = 0; i < kindFields.size(); i++) {
                    ImportField field = kindFields.get(i);
                    headings.createCell(i).setCellValue(field.heading());
                    headings.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, Math.max(14, field.heading().length() + 4) * 256);
                    // A drop-down offers the values without refusing others (several, or a label as typed).
                    if (!field.allowed().isEmpty() && String.join(",", field.allowed()).length() < 250) {
                        var validation = validations.createValidation(
                                validations.createExplicitListConstraint(field.allowed().toArray(String[]::new)),
                                new CellRangeAddressList(1, ROWS_OFFERED, i, i));
                        validation.setShowErrorBox(false);
                        sheet.addValidationData(validation);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            Sheet fields = workbook.createSheet(FIELDS_SHEET);
            Row top = fields.createRow(0);
            List<String> headings = List.of("Sheet", "Column", "Required", "What it takes", "Values");
            for (int i = 0; i < headings.size(); i++) {
                top.createCell(i).setCellValue(headings.get(i));
                top.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (ImportKind kind : ImportKind.values()) {
                for (ImportField field : ImportField.of(kind, own)) {
                    Row row = fields.createRow(r++);
                    row.createCell(0).setCellValue(kind.title);
                    row.createCell(1).setCellValue(field.heading());
                    row.createCell(2).setCellValue(field.required() ? "Yes" : "No");
                    row.createCell(3).setCellValue(field.meaning());
                    row.createCell(4).setCellValue(String.join(", ", field.allowed()));
                }
            }
            fields.setColumnWidth(1, 28 * 256);
            fields.setColumnWidth(3, 90 * 256);
            fields.setColumnWidth(4, 60 * 256);
            workbook.write(out);
            return Response.ok(out.toByteArray(), Spreadsheet.Format.XLSX.mediaType)
                    .header("Content-Disposition", "attachment; filename=\"waymark-import.xlsx\"")
                    .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
