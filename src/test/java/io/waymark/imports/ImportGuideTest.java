package io.waymark.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import guide defines every column each kind's template has, with the values it takes. */
class ImportGuideTest {

    @Test
    void theGuideDefinesEveryColumnOfEveryTemplate() throws Exception {
        String guide = Files.readString(Path.of("docs/import.md"));
        List<String> missing = new ArrayList<>();
        for (ImportKind kind : ImportKind.values()) {
            String section = guide.substring(guide.indexOf("### " + kind.title));
            for (ImportField field : kind.fields) {
                String row = "| " + field.heading() + " | " + (field.required() ? "yes" : "no") + " | ";
                int at = section.indexOf(row);
                if (at < 0 || !section.substring(at, section.indexOf('\n', at)).contains(String.join(", ",
                        field.allowed()))) {
                    missing.add(kind.title + ": " + field.heading());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
