package io.waymark.report;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface ReportMapper {

    @Mapping(target = "recordedByName", source = "recordedBy.displayName")
    ServiceCostView toView(ServiceCost cost);

    FunderView toView(Funder funder);
}
