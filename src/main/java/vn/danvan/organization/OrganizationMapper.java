package vn.danvan.organization;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.SourceParameterCondition;
import vn.danvan.api.model.MobilizationLead;
import vn.danvan.api.model.MobilizationSpecialist;
import vn.danvan.api.model.Organization;
import vn.danvan.api.model.OrganizationTreeNode;
import vn.danvan.platform.mapping.ToContractConfig;

import java.time.LocalDate;
import java.util.List;

/** Organisations as the contract shows them; whether a unit is active depends on today's date. */
@Mapper(config = ToContractConfig.class)
public interface OrganizationMapper {

    @Mapping(target = "mobilizationLead", source = "entity", qualifiedByName = "lead", conditionQualifiedByName = "hasLead")
    @Mapping(target = "mobilizationSpecialist", source = "entity", qualifiedByName = "specialist",
            conditionQualifiedByName = "hasSpecialist")
    @Mapping(target = "active", expression = "java(entity.isActive(today))")
    Organization toApi(OrganizationEntity entity, @Context LocalDate today);

    List<Organization> toApi(List<OrganizationEntity> entities, @Context LocalDate today);

    @Mapping(target = "active", expression = "java(entity.isActive(today))")
    @Mapping(target = "children", ignore = true) // assembled level by level by OrganizationQueries.subtree
    OrganizationTreeNode toTreeNode(OrganizationEntity entity, @Context LocalDate today);

    @Named("lead")
    @Mapping(target = "name", source = "leadName")
    @Mapping(target = "position", source = "leadPosition")
    @Mapping(target = "phone", source = "leadPhone")
    MobilizationLead lead(OrganizationEntity entity);

    @Named("specialist")
    @Mapping(target = "name", source = "specialistName")
    @Mapping(target = "position", source = "specialistPosition")
    @Mapping(target = "phone", source = "specialistPhone")
    MobilizationSpecialist specialist(OrganizationEntity entity);

    /** As for the lead: no name, no specialist. */
    @SourceParameterCondition
    @Named("hasSpecialist")
    default boolean hasSpecialist(OrganizationEntity entity) {
        return entity.specialistName != null;
    }

    /** A unit without a lead's name has no lead at all (the object is left out). */
    @SourceParameterCondition
    @Named("hasLead")
    default boolean hasLead(OrganizationEntity entity) {
        return entity.leadName != null;
    }
}
