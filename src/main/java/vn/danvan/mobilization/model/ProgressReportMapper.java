package vn.danvan.mobilization.model;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.ProgressIndicatorValue;
import vn.danvan.api.model.ProgressReport;
import vn.danvan.platform.mapping.ToContractConfig;

/** Progress reports as the contract shows them. */
@Mapper(config = ToContractConfig.class)
public interface ProgressReportMapper {

    /** Late only for a yearly report with a deadline, otherwise absent. */
    @Mapping(target = "indicatorValues", source = "values")
    @Mapping(target = "late", expression = "java(report.dueOn == null ? null : report.reportDate.isAfter(report.dueOn))")
    ProgressReport toApi(ProgressReportEntity report);

    ProgressIndicatorValue toApi(ProgressReportEntity.ReportedValue value);
}
