package io.waymark.caseload;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface CaseloadMapper {

    @Mapping(target = "fromWorkerId", source = "fromWorker.id")
    @Mapping(target = "fromWorkerName", source = "fromWorker.displayName")
    @Mapping(target = "toWorkerId", source = "toWorker.id")
    @Mapping(target = "toWorkerName", source = "toWorker.displayName")
    @Mapping(target = "assignedById", source = "assignedBy.id")
    @Mapping(target = "assignedByName", source = "assignedBy.displayName")
    AssignmentView toView(Assignment assignment);
}
