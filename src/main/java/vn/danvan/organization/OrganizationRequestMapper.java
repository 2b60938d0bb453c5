package vn.danvan.organization;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import vn.danvan.api.model.OrganizationCreate;
import vn.danvan.api.model.OrganizationDissolution;
import vn.danvan.api.model.OrganizationUpdate;
import vn.danvan.platform.mapping.FromRequestConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Requests on organisations into the entity; OrganizationService checks them first. */
@Mapper(config = FromRequestConfig.class)
interface OrganizationRequestMapper {

    /** The mobilisation lead and specialist are stored flat, an absent one as three nulls. */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @Mapping(target = "leadName", source = "mobilizationLead.name")
    @Mapping(target = "leadPosition", source = "mobilizationLead.position")
    @Mapping(target = "leadPhone", source = "mobilizationLead.phone")
    @Mapping(target = "specialistName", source = "mobilizationSpecialist.name")
    @Mapping(target = "specialistPosition", source = "mobilizationSpecialist.position")
    @Mapping(target = "specialistPhone", source = "mobilizationSpecialist.phone")
    @interface FlatLead {
    }

    // The ID is checked for reuse, the parent resolved and checked, by OrganizationService.create.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "parentId"})
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "parentId", ignore = true)
    @FlatLead
    void create(OrganizationCreate request, @MappingTarget OrganizationEntity entity);

    @FlatLead
    void update(OrganizationUpdate request, @MappingTarget OrganizationEntity entity);

    @Mapping(target = "dissolutionNote", source = "note")
    void dissolve(OrganizationDissolution request, @MappingTarget OrganizationEntity entity);
}
