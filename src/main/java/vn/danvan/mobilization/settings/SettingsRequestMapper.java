package vn.danvan.mobilization.settings;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.AppraisalCriterionCreate;
import vn.danvan.api.model.AppraisalCriterionUpdate;
import vn.danvan.api.model.RegistrationWindowCreate;
import vn.danvan.api.model.RegistrationWindowUpdate;
import vn.danvan.platform.mapping.FromRequestConfig;

/**
 * Requests into windows and criteria; a request field left unused fails the build. A plain instance like every request
 * mapper of the feature (AppraisalCriteria is built by hand in unit tests). IDs are the client's or new ones, chosen by
 * the services; the province, phase, year and code are fixed at creation (updates do not carry them).
 */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface SettingsRequestMapper {

    SettingsRequestMapper INSTANCE = Mappers.getMapper(SettingsRequestMapper.class);

    @BeanMapping(ignoreUnmappedSourceProperties = "id")
    @Mapping(target = "id", ignore = true)
    RegistrationWindowEntity newWindow(RegistrationWindowCreate request);

    void update(RegistrationWindowUpdate request, @MappingTarget RegistrationWindowEntity window);

    @BeanMapping(ignoreUnmappedSourceProperties = "id")
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "sortOrder", defaultValue = "0")
    AppraisalCriterionEntity newCriterion(AppraisalCriterionCreate request);

    /** An update without a sort order keeps the criterion's place. */
    @Mapping(target = "sortOrder", nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    void update(AppraisalCriterionUpdate request, @MappingTarget AppraisalCriterionEntity criterion);
}
