package io.waymark.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quarterly return's CSV read as a person reads it: a row by its breakdown and category, cells by column name. */
final class ReturnRows {

    private ReturnRows() {
    }

    /** The return's row that starts with this breakdown and category ("all,all"), by column. */
    static Map<String, String> row(List<String> csv, String breakdownAndCategory) {
        String[] header = csv.get(0).split(",", -1);
        String line = csv.stream().filter(l -> l.contains("," + breakdownAndCategory + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + breakdownAndCategory));
        String[] cells = line.split(",", -1);
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            byColumn.put(header[i], cells[i]);
        }
        return byColumn;
    }
}
