package io.waymark.outcome;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface OutcomeDefinitionMapper {

    @Mapping(target = ".", source = "rule")
    @Mapping(target = "shipped", constant = "true")
    @Mapping(target = "basedOn", ignore = true)
    @Mapping(target = "version", ignore = true)
    OutcomeDefinitionView toView(ShippedOutcomeDefinition definition);

    @Mapping(target = ".", source = "rule")
    @Mapping(target = "shipped", constant = "false")
    @Mapping(target = "source", ignore = true)
    OutcomeDefinitionView toView(OutcomeDefinition definition);

    void apply(OutcomeDefinitionRequest request, @MappingTarget OutcomeRule rule);

    void copy(OutcomeRule from, @MappingTarget OutcomeRule to);
}
