package io.waymark.message;

import org.mapstruct.Mapper;

@Mapper
public interface MessageMapper {

    MessageView toView(Message message);
}
