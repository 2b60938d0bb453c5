package vn.danvan.reception.casefile;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.CaseCreate;
import vn.danvan.api.model.CaseDecisionCreate;
import vn.danvan.api.model.CaseExtensionCreate;
import vn.danvan.api.model.CaseTransferCreate;
import vn.danvan.platform.mapping.FromRequestConfig;

/**
 * Requests into cases; a request field left unused fails the build. A plain instance: CaseService is built by hand in
 * unit tests. What the service decides (IDs, positions, actors, instants, stages) it sets itself.
 */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface CaseRequestMapper {

    CaseRequestMapper INSTANCE = Mappers.getMapper(CaseRequestMapper.class);

    /**
     * The ID is the client's or a new one, chosen by the service; the acceptance date accepts the case (a stage with
     * its deadline, see CaseService.accept), it is not copied.
     */
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "acceptedOn"})
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "acceptedOn", ignore = true)
    @Mapping(target = "complex", defaultValue = "false")
    @Mapping(target = "remoteArea", defaultValue = "false")
    CaseEntity newCase(CaseCreate request);

    CaseExtensionEntity newExtension(CaseExtensionCreate request);

    CaseTransferEntity newTransfer(CaseTransferCreate request);

    /** Publishing is the service's: only when asked, after the check for personal data in the public text. */
    @BeanMapping(ignoreUnmappedSourceProperties = {"publishResult", "publicSummary"})
    @Mapping(target = "decisionNumber", source = "number")
    @Mapping(target = "decisionSummary", source = "summary")
    @Mapping(target = "publicSummary", ignore = true)
    void decide(CaseDecisionCreate request, @MappingTarget CaseEntity entity);
}
