package vn.danvan.mobilization.model;

import org.mapstruct.AfterMapping;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.ExemplarPerson;
import vn.danvan.api.model.MobilizationModelCreate;
import vn.danvan.api.model.MobilizationModelUpdate;
import vn.danvan.api.model.ModelIndicator;
import vn.danvan.api.model.PersonInCharge;
import vn.danvan.api.model.ProgressIndicatorValue;
import vn.danvan.api.model.ProgressReportCreate;
import vn.danvan.platform.mapping.FromRequestConfig;

/**
 * Requests into models and their progress reports; a request field left unused fails the build. Indicator names are
 * trimmed: reports find indicators by name. Stateless, so a plain instance like every request mapper of the feature
 * (ModelLifecycle is built by hand in unit tests).
 */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface ModelRequestMapper {

    ModelRequestMapper INSTANCE = Mappers.getMapper(ModelRequestMapper.class);

    /** The ID is the client's or a new one, chosen by the service. */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR, ignoreUnmappedSourceProperties = "id")
    ModelService.Content content(MobilizationModelCreate request);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR)
    ModelService.Content content(MobilizationModelUpdate request);

    /** The person in charge and the exemplar are written by {@link #people}: absent ones clear their columns. */
    @BeanMapping(ignoreUnmappedSourceProperties = {"personInCharge", "person"})
    void apply(ModelService.Content content, @MappingTarget MobilizationModelEntity model);

    @AfterMapping
    default void people(ModelService.Content content, @MappingTarget MobilizationModelEntity model) {
        apply(content.personInCharge() == null ? new PersonInCharge() : content.personInCharge(), model);
        apply(content.person() == null ? new ExemplarPerson() : content.person(), model);
    }

    @Mapping(target = "inChargeName", source = "name")
    @Mapping(target = "inChargePosition", source = "position")
    @Mapping(target = "inChargePhone", source = "phone")
    void apply(PersonInCharge inCharge, @MappingTarget MobilizationModelEntity model);

    @Mapping(target = "personName", source = "name")
    @Mapping(target = "personPosition", source = "position")
    @Mapping(target = "personOrganization", source = "organizationName")
    @Mapping(target = "personPhone", source = "phone")
    @Mapping(target = "personEmail", source = "email")
    @Mapping(target = "personContactConsent", source = "contactConsent", defaultValue = "false")
    void apply(ExemplarPerson person, @MappingTarget MobilizationModelEntity model);

    @Mapping(target = "name", qualifiedByName = "trimmed")
    Indicator indicator(ModelIndicator indicator);

    /** The ID is the client's or a new one, chosen by the service; the photos are checked to be the model's first. */
    @BeanMapping(ignoreUnmappedSourceProperties = "id")
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "values", source = "indicatorValues")
    ProgressReportEntity newReport(ProgressReportCreate request);

    @Mapping(target = "name", qualifiedByName = "trimmed")
    ProgressReportEntity.ReportedValue reportedValue(ProgressIndicatorValue value);

    @Named("trimmed")
    default String trimmed(String name) {
        return name.trim();
    }
}
