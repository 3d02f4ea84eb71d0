package io.waymark.assessment;

import io.quarkus.qute.TemplateExtension;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/** The diary's reference lists, as {list:...} in the templates. */
@TemplateExtension(namespace = "list", priority = 2)
public final class AssessmentLists {

    private AssessmentLists() {
    }

    static List<DayOfWeek> weekdays() {
        return Arrays.asList(DayOfWeek.values());
    }
}
