package io.waymark.lists;

import org.mapstruct.Mapper;

@Mapper
public interface ListValueMapper {

    ListValueView toView(ListValue value);
}
