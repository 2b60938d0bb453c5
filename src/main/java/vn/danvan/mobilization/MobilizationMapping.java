package vn.danvan.mobilization;

import org.mapstruct.MapperConfig;
import org.mapstruct.Mapping;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.ReportingPolicy;
import vn.danvan.api.model.AppraisalResult;
import vn.danvan.api.model.MobilizationLineageNode;
import vn.danvan.api.model.MobilizationModel;
import vn.danvan.api.model.ProgressReport;
import vn.danvan.api.model.PublicMobilizationModel;
import vn.danvan.platform.mapping.TimeMappings;

/**
 * What the mobilization feature's mappers share: instants as RFC 3339 (TimeMappings) and an error for any contract
 * property left unmapped. The generated models' list helpers ({@code removeXItem}) look like properties to MapStruct;
 * they are ignored here once per model, and every single-source mapping method to that model inherits it.
 *
 * <p>Request mappers set {@code unmappedSourcePolicy = ERROR} per method instead: an entity has columns no request
 * carries, a request field must be used.
 */
@MapperConfig(uses = TimeMappings.class, unmappedTargetPolicy = ReportingPolicy.ERROR,
        mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG)
public interface MobilizationMapping {

    @Mapping(target = "removeIndicatorsItem", ignore = true)
    MobilizationModel model(Object source);

    @Mapping(target = "removeIndicatorsItem", ignore = true)
    PublicMobilizationModel publicModel(Object source);

    @Mapping(target = "removeScoresItem", ignore = true)
    AppraisalResult appraisal(Object source);

    @Mapping(target = "removeReplicationsItem", ignore = true)
    MobilizationLineageNode lineageNode(Object source);

    @Mapping(target = "removeIndicatorValuesItem", ignore = true)
    @Mapping(target = "removePhotoIdsItem", ignore = true)
    ProgressReport progressReport(Object source);
}
