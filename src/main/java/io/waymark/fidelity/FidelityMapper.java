package io.waymark.fidelity;

import java.util.Comparator;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface FidelityMapper {

    @Mapping(target = "teamId", source = "team.id")
    @Mapping(target = "teamName", source = "team.name")
    @Mapping(target = "recordedByName", source = "recordedBy.displayName")
    FidelityReviewView toView(FidelityReview review);

    @Mapping(target = "section", expression = "java(score.item.section())")
    @Mapping(target = "label", expression = "java(score.item.label())")
    FidelityReviewView.Score toView(FidelityScore score);

    /** In the scale's order, whatever order they were stored in. */
    default List<FidelityReviewView.Score> toViews(List<FidelityScore> scores) {
        return scores.stream().sorted(Comparator.comparing(s -> s.item)).map(this::toView).toList();
    }
}
