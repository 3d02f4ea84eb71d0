package io.waymark.imports;

import java.util.List;
import java.util.Map;

/**
 * A dry run's answer: the rows read and what would be created of each kind, every problem by row and column, and
 * warnings that do not stop the import (a client who goes to the waiting list because their worker is full).
 * {@code failedRows} counts the rows with a problem, by kind.
 */
public record ImportReport(Map<String, Integer> rowsRead, Map<String, Integer> wouldCreate, List<ImportProblem> problems,
        List<ImportProblem> warnings, Map<String, Integer> failedRows, boolean problemsCut) {

    /** At most this many problems are kept: a file that is wrong throughout is wrong for the same few reasons. */
    static final int MOST_PROBLEMS = 1000;

    public boolean clean() {
        return problems.isEmpty();
    }
}
