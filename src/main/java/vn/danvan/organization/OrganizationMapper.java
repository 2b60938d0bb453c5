package vn.danvan.organization;

import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.danvan.platform.mapping.TimeMappings;
import vn.danvan.api.model.MobilizationLead;
import vn.danvan.api.model.Organization;
import vn.danvan.api.model.OrganizationCreate;
import vn.danvan.api.model.OrganizationTreeNode;
import vn.danvan.api.model.OrganizationUpdate;

import java.time.Instant;
import java.time.LocalDate;

/** Maps organisations between the contract's models and the entity. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = TimeMappings.class)
public interface OrganizationMapper {

    @Mapping(target = "mobilizationLead", source = "entity")
    @Mapping(target = "active", expression = "java(entity.isActive(today))")
    Organization toApi(OrganizationEntity entity, @Context LocalDate today);

    @Mapping(target = "active", expression = "java(entity.isActive(today))")
    @Mapping(target = "children", ignore = true)
    @Mapping(target = "removeChildrenItem", ignore = true)
    OrganizationTreeNode toTreeNode(OrganizationEntity entity, @Context LocalDate today);

    default MobilizationLead lead(OrganizationEntity entity) {
        if (entity.leadName == null) {
            return null;
        }
        return new MobilizationLead().name(entity.leadName).position(entity.leadPosition).phone(entity.leadPhone);
    }

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "officialCode", source = "officialCode")
    @Mapping(target = "name", source = "name")
    @Mapping(target = "shortName", source = "shortName")
    @Mapping(target = "type", source = "type")
    @Mapping(target = "address", source = "address")
    @Mapping(target = "phone", source = "phone")
    @Mapping(target = "email", source = "email")
    @Mapping(target = "leadName", source = "mobilizationLead.name")
    @Mapping(target = "leadPosition", source = "mobilizationLead.position")
    @Mapping(target = "leadPhone", source = "mobilizationLead.phone")
    @Mapping(target = "validFrom", source = "validFrom")
    void applyCreate(OrganizationCreate source, @MappingTarget OrganizationEntity target);

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "officialCode", source = "officialCode")
    @Mapping(target = "name", source = "name")
    @Mapping(target = "shortName", source = "shortName")
    @Mapping(target = "type", source = "type")
    @Mapping(target = "address", source = "address")
    @Mapping(target = "phone", source = "phone")
    @Mapping(target = "email", source = "email")
    @Mapping(target = "leadName", source = "mobilizationLead.name")
    @Mapping(target = "leadPosition", source = "mobilizationLead.position")
    @Mapping(target = "leadPhone", source = "mobilizationLead.phone")
    @Mapping(target = "validFrom", source = "validFrom")
    void applyUpdate(OrganizationUpdate source, @MappingTarget OrganizationEntity target);
}
