package io.waymark.casefile;

import io.quarkus.qute.TemplateExtension;
import io.waymark.common.Labelled;
import java.util.Arrays;
import java.util.List;

/** What the client's timeline shows: everything, or one kind of event. */
public enum TimelineKind implements Labelled {
    ALL("Everything"),
    CONTACTS("Contacts"),
    STAGE_MOVES("Stage moves"),
    WORKERS("Workers"),
    MESSAGES("Messages"),
    PROGRESSIONS("Progressions");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The kinds, as {list:timelineKinds} in the templates. */
    @TemplateExtension(namespace = "list", priority = 4)
    static List<TimelineKind> timelineKinds() {
        return Arrays.asList(values());
    }
}
