package io.waymark.document;

import io.quarkus.qute.TemplateExtension;
import io.waymark.common.Labelled;
import java.util.Arrays;
import java.util.List;

/** What a document is, as a worker files it. */
public enum DocumentKind implements Labelled {
    CV("CV"),
    VOCATIONAL_PROFILE("Vocational profile"),
    CONSENT("Signed consent"),
    EVIDENCE_OF_EMPLOYMENT("Evidence of employment (a payslip, a contract)"),
    LETTER("Letter"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kinds, as {list:documentKinds} in the templates. */
    @TemplateExtension(namespace = "list", priority = 8)
    static List<DocumentKind> documentKinds() {
        return Arrays.asList(values());
    }
}
