package io.waymark.contact;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface ContactMapper {

    @Mapping(target = "recordedById", source = "recordedBy.id")
    @Mapping(target = "recordedByName", source = "recordedBy.displayName")
    ContactView toView(Contact contact);
}
