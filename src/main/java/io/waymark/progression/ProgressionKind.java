package io.waymark.progression;

import io.quarkus.qute.TemplateExtension;
import io.waymark.common.Labelled;
import java.util.Arrays;
import java.util.List;

/** Progress that is not yet a job, as commissioners count it. */
public enum ProgressionKind implements Labelled {
    VOLUNTEERING("Volunteering"),
    WORK_EXPERIENCE("Work experience"),
    WORK_TRIAL("Work trial"),
    EDUCATION_OR_TRAINING_STARTED("Education or training started"),
    EDUCATION_OR_TRAINING_COMPLETED("Education or training completed"),
    QUALIFICATION_GAINED("Qualification gained");

    private final String label;

    ProgressionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kinds, as {list:progressionKinds} in the templates. */
    @TemplateExtension(namespace = "list", priority = 10)
    static List<ProgressionKind> progressionKinds() {
        return Arrays.asList(values());
    }
}
