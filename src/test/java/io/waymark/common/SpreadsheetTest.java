package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A downloaded CSV file must never act on whoever opens it in a spreadsheet. */
class SpreadsheetTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", Spreadsheet.csvCell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+44 7700 900456", Spreadsheet.csvCell("+44 7700 900456"));
        assertEquals("'@SUM(A1)", Spreadsheet.csvCell("@SUM(A1)"));
        assertEquals("O'Neil", Spreadsheet.csvCell("O'Neil"));
        assertEquals("", Spreadsheet.csvCell(null));
    }
}
