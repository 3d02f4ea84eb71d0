package io.waymark.customfield;

import org.mapstruct.Mapper;

@Mapper
public interface CustomFieldMapper {

    CustomFieldView toView(CustomField field);
}
