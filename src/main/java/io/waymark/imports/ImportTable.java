package io.waymark.imports;

import io.waymark.common.Spreadsheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an import file a row at a time, never whole: a CSV file through Commons CSV, a workbook's sheet through POI's
 * streaming (SAX) reader. Rows are numbered as a spreadsheet shows them: the headings are row 1. Empty rows are
 * skipped. Dates in a workbook come as yyyy-mm-dd (with the time, when it has one), whatever their cell format.
 */
final class ImportTable {

    /** What is done with the rows as they are read. */
    interface Rows {
        void headings(List<String> headings);

        void row(int number, List<String> cells);
    }

    /** The file could not be read as the format it claims. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ImportTable() {
    }

    /**
     * Reads the file; of a workbook, the sheet named {@code sheet} or, when it has none of that name and
     * {@code firstWhenMissing}, its first sheet. Returns whether a table was read.
     */
    static boolean read(Spreadsheet.Format format, Path file, String sheet, boolean firstWhenMissing, Rows rows)
            throws Unreadable {
        if (format == Spreadsheet.Format.CSV) {
            readCsv(file, rows);
            return true;
        }
        return readSheet(file, sheet, firstWhenMissing, rows);
    }

    private static void readCsv(Path file, Rows rows) throws Unreadable {
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (first) {
                    rows.headings(cells);
                    first = false;
                } else if (!blank(cells)) {
                    rows.row((int) record.getRecordNumber(), cells);
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new Unreadable("is not a CSV file Waymark can read: " + e.getMessage(), e);
        }
    }

    private static boolean readSheet(Path file, String sheet, boolean firstWhenMissing, Rows rows) throws Unreadable {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream chosen = null;
            InputStream first = null;
            while (sheets.hasNext()) {
                InputStream data = sheets.next();
                if (sheets.getSheetName().strip().equalsIgnoreCase(sheet) && chosen == null) {
                    chosen = data;
                } else if (first == null) {
                    first = data;
                } else {
                    data.close();
                }
            }
            if (chosen == null && (!firstWhenMissing || first == null)) {
                return false;
            }
            try (InputStream data = chosen != null ? chosen : first) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(rows), new IsoDates(), false));
                parser.parse(new InputSource(data));
            }
            return true;
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new Unreadable("is not an Excel workbook (.xlsx) Waymark can read", e);
        }
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** A sheet's cells, gaps filled, handed on a row at a time. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private boolean headed;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!headed) {
                if (blank(cells)) {
                    return;
                }
                rows.headings(List.copyOf(cells));
                headed = true;
            } else if (!blank(cells)) {
                rows.row(rowNum + 1, new ArrayList<>(cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Numbers as the cell shows them, except dates, which come as yyyy-mm-dd whatever the cell's date format. */
    private static final class IsoDates extends DataFormatter {
        private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value);
                return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.format(WITH_TIME);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
