package vn.danvan.reception.portal;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.CitizenInput;
import vn.danvan.api.model.PortalPetitionCreate;
import vn.danvan.platform.mapping.FromRequestConfig;
import vn.danvan.reception.record.ReceptionInput;

import java.util.List;

/**
 * An online petition as a record of the book: a regular reception by the portal channel, pending, with its one citizen
 * and a note naming the portal's reference. A petition field left unused fails the build.
 */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
interface PetitionRequestMapper {

    PetitionRequestMapper INSTANCE = Mappers.getMapper(PetitionRequestMapper.class);

    /**
     * The receiving unit is the service's to check. A petition names no schedule, earlier handling, transfer, flags,
     * officials, national case number or follow-up: those stay empty.
     */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.ERROR, ignoreUnmappedSourceProperties = "organizationId")
    @Mapping(target = "receivedOn", source = "submittedOn")
    @Mapping(target = "receptionType", constant = "REGULAR")
    @Mapping(target = "channel", constant = "ONLINE_PORTAL")
    @Mapping(target = "headReceivedInPerson", constant = "false")
    @Mapping(target = "peopleCount", defaultValue = "1")
    @Mapping(target = "citizens", source = "citizen")
    @Mapping(target = "handling", constant = "PENDING")
    @Mapping(target = "notes", source = "portalReference", qualifiedByName = "portalNote")
    @Mapping(target = "receivingOfficials", expression = "java(java.util.List.of())")
    @Mapping(target = "scheduleId", ignore = true)
    @Mapping(target = "previouslyHandledBy", ignore = true)
    @Mapping(target = "transferredToOrganizationId", ignore = true)
    @Mapping(target = "transferredToName", ignore = true)
    @Mapping(target = "flags", ignore = true)
    @Mapping(target = "nationalCaseNumber", ignore = true)
    @Mapping(target = "followUp", ignore = true)
    ReceptionInput input(PortalPetitionCreate petition);

    default List<CitizenInput> citizens(CitizenInput citizen) {
        return List.of(citizen);
    }

    @Named("portalNote")
    default String portalNote(String portalReference) {
        return "Đơn trực tuyến, mã hồ sơ cổng dịch vụ công " + portalReference;
    }
}
