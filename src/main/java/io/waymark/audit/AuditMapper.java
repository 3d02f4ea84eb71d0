package io.waymark.audit;

import org.mapstruct.Mapper;

@Mapper
public interface AuditMapper {

    AuditEventView toView(AuditEvent event);
}
