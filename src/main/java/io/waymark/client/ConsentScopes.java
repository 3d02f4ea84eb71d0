package io.waymark.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a consent scope as its names, comma-separated, in one column of the client row. */
@Converter
public class ConsentScopes implements AttributeConverter<Set<ConsentScope>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ConsentScope> scope) {
        return scope == null ? "" : scope.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ConsentScope> convertToEntityAttribute(String names) {
        EnumSet<ConsentScope> scope = EnumSet.noneOf(ConsentScope.class);
        if (names != null && !names.isEmpty()) {
            Arrays.stream(names.split(",")).map(ConsentScope::valueOf).forEach(scope::add);
        }
        return scope;
    }
}
