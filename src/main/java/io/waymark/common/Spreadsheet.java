package io.waymark.common;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as a file to download, in the columns the page shows: CSV (RFC 4180, UTF-8 with a byte-order mark, so that
 * Excel reads names with accents rightly) or an Excel workbook (.xlsx).
 */
public final class Spreadsheet {

    /** The media type of an Excel workbook, for {@code @Produces}. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The formats a list can be downloaded in, by the name a request gives. */
    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX(Spreadsheet.XLSX, "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** The format a request names ({@code csv} or {@code xlsx}); refused, naming the field, otherwise. */
        public static Format of(String field, String name) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return format;
                }
            }
            throw new InvalidInput(field, "must be csv or xlsx");
        }
    }

    /** One column: its heading and what it shows of a row. */
    public record Column<T>(String heading, Function<T, Object> value) {
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    /** A list made ready to download: the name its file is saved under (without extension), its columns and rows. */
    public record Listed<T>(String name, List<Column<T>> columns, List<T> rows) {

        public Response download(Format format) {
            return Spreadsheet.download(format, name, columns, rows);
        }
    }

    /**
     * The list a request asks for as a file: {@code format} (csv or xlsx, refused by name otherwise) handed to the
     * service that makes the list, so that the format is in its audit entries.
     */
    public static Response download(String format, Function<Format, Listed<?>> list) {
        Format as = Format.of("format", format);
        return list.apply(as).download(as);
    }

    /** Rows kept in memory while an Excel file is written; the rest wait in a temporary file, deleted at the end. */
    private static final int ROWS_IN_MEMORY = 200;

    private Spreadsheet() {
    }

    /**
     * The file, to be saved by the browser under {@code name} (without its extension). It is made whole before it is
     * sent, so that a failure is an error page rather than half a file: a list of 50,000 clients is about 5 MB.
     */
    public static <T> Response download(Format format, String name, List<Column<T>> columns, List<T> rows) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (format == Format.CSV) {
                csv(columns, rows, new OutputStreamWriter(body, StandardCharsets.UTF_8));
            } else {
                xlsx(name, columns, rows, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A plain Response: with RestResponse<byte[]> the writer was chosen by the declared type and wrote "[B@..."
        // for text/csv (quarkusio/quarkus#28627).
        return Response.ok(body.toByteArray(), format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static <T> void csv(List<Column<T>> columns, List<T> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(Column::heading).toList());
            for (T row : rows) {
                printer.printRecord(columns.stream().map(column -> csvCell(column.value().apply(row))).toList());
            }
        }
    }

    /**
     * A cell as CSV text. Text that a spreadsheet would run as a formula (beginning =, +, -, @, a tab or a return) is
     * given a leading apostrophe, as OWASP advises against CSV injection: the downloaded file must never act on
     * whoever opens it. The Excel file needs none of this, as its cells are typed as text.
     */
    public static String csvCell(Object value) {
        String text = text(value);
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime instant) {
            return ukTime(instant).format(DATE_TIME);
        }
        return value instanceof Enum<?> word ? Words.of(word) : value.toString();
    }

    /** An instant as the UK's clock showed it, to the minute: what a worker reads on the page. */
    private static LocalDateTime ukTime(OffsetDateTime instant) {
        return instant.atZoneSameInstant(Clocks.UK).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }

    private static <T> void xlsx(String name, List<Column<T>> columns, List<T> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row headings = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = headings.createCell(i);
                cell.setCellValue(columns.get(i).heading());
                cell.setCellStyle(heading);
                sheet.setColumnWidth(i, Math.max(14, columns.get(i).heading().length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(rows.get(r));
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof OffsetDateTime instant) {
                        cell.setCellValue(ukTime(instant));
                        cell.setCellStyle(dateTime);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(text(value));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose(); // deletes the temporary file of the rows written out: personal data
            workbook.close();
        }
    }
}
