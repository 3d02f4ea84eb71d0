package io.waymark.imports;

/**
 * What stops one row (or, at row 0, a whole file) from being imported: the kind's sheet or file, the row as a
 * spreadsheet numbers it, the column by the file's own heading, and the problem in plain words.
 */
public record ImportProblem(String file, int row, String column, String message) {
}
