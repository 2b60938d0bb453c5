package vn.danvan.mobilization.statistics;

import org.mapstruct.Mapper;
import vn.danvan.api.model.MobilizationOrganizationCount;
import vn.danvan.mobilization.statistics.sql.ModelCounts;
import vn.danvan.platform.mapping.ToContractConfig;

/** The counts per organisation, whether read from the maintained counts or grouped live. */
@Mapper(config = ToContractConfig.class)
interface StatisticsMapper {

    MobilizationOrganizationCount toApi(ModelCounts.OrganizationCount count);
}
