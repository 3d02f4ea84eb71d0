package io.waymark.imports;

import io.waymark.common.Spreadsheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of an upload that have problems, in the file's own columns and a last column of what to fix: a file to
 * correct and upload again, whose headings the import already knows.
 */
public final class ImportRows {

    public static final String PROBLEMS = "Problems to fix";

    public final String name;
    private List<String> headings = List.of();
    private final List<List<String>> rows = new ArrayList<>();

    ImportRows(String name) {
        this.name = name;
    }

    void readFrom(ImportFiles files, java.util.UUID batch, List<ImportFiles.Part> parts, ImportKind kind,
            Set<Integer> failed, Map<Integer, List<String>> problems) {
        ImportFiles.Part own = parts.stream().filter(p -> p.part().equals(kind.name())).findFirst().orElse(null);
        ImportFiles.Part part = own != null ? own
                : parts.stream().filter(ImportFiles.Part::isWorkbook).findFirst().orElse(null);
        if (part == null || failed.isEmpty()) {
            return;
        }
        Path file = files.open(batch, part.part()).orElseThrow();
        try {
            ImportTable.read(part.format(), file, kind.title, own != null, new ImportTable.Rows() {
                @Override
                public void headings(List<String> read) {
                    headings = read;
                }

                @Override
                public void row(int number, List<String> cells) {
                    if (failed.contains(number)) {
                        List<String> row = new ArrayList<>(cells);
                        while (row.size() < headings.size()) {
                            row.add("");
                        }
                        row.add(String.join("; ", problems.getOrDefault(number, List.of("see the import's page"))));
                        rows.add(row);
                    }
                }
            });
        } catch (ImportTable.Unreadable e) {
            throw new IllegalStateException("a file that was read at the upload could not be read again", e);
        } finally {
            ImportFiles.delete(file);
        }
    }

    /** The columns of the file: its own headings, then the problems. */
    public List<Spreadsheet.Column<List<String>>> columns() {
        List<Spreadsheet.Column<List<String>>> columns = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int index = i;
            columns.add(new Spreadsheet.Column<>(headings.get(i), row -> row.get(index)));
        }
        columns.add(new Spreadsheet.Column<>(PROBLEMS, row -> row.get(row.size() - 1)));
        return columns;
    }

    public List<List<String>> rows() {
        return rows;
    }
}
