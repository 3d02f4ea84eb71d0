package io.waymark.progression;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.stream.IntStream;

/** An area of the self-assessment as its form asks it: the field, the words, the scores offered. */
public record SelfAssessmentArea(String key, String label) {

    private static final List<SelfAssessmentArea> AREAS = List.of(
            new SelfAssessmentArea("confidence", "Confidence about working"),
            new SelfAssessmentArea("jobSearch", "Job-search skills"),
            new SelfAssessmentArea("healthAtWork", "Managing health at work"),
            new SelfAssessmentArea("travel", "Getting to work"));

    /** The scores offered, as the form's values. */
    public List<String> scores() {
        return IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList();
    }

    /** The areas, as {list:selfAssessmentAreas} in the templates. */
    @TemplateExtension(namespace = "list", priority = 11)
    static List<SelfAssessmentArea> selfAssessmentAreas() {
        return AREAS;
    }
}
