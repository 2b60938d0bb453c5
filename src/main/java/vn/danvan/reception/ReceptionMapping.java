package vn.danvan.reception;

import org.mapstruct.MapperConfig;
import org.mapstruct.Mapping;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.ReportingPolicy;
import vn.danvan.api.model.ModelCase;
import vn.danvan.api.model.Reception;
import vn.danvan.platform.mapping.TimeMappings;

/**
 * What the reception feature's mappers share: instants as RFC 3339 (TimeMappings) and an error for any contract
 * property left unmapped. The generated models' list helpers ({@code removeXItem}) look like properties to MapStruct;
 * they are ignored here once per model, and every mapping method to that model inherits it (single-source methods
 * only: MapStruct inherits from a prototype with as many sources).
 *
 * <p>Request mappers set {@code unmappedSourcePolicy = ERROR} per method instead: an entity has columns no request
 * carries, a request field must be used.
 */
@MapperConfig(uses = TimeMappings.class, unmappedTargetPolicy = ReportingPolicy.ERROR,
        mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG)
public interface ReceptionMapping {

    @Mapping(target = "removeCitizensItem", ignore = true)
    @Mapping(target = "removeReceivingOfficialsItem", ignore = true)
    Reception reception(Object source);

    @Mapping(target = "removeExtensionsItem", ignore = true)
    @Mapping(target = "removeTransfersItem", ignore = true)
    @Mapping(target = "removeStatusHistoryItem", ignore = true)
    @Mapping(target = "removePublicationHistoryItem", ignore = true)
    ModelCase modelCase(Object source);
}
