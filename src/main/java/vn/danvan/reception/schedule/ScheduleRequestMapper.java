package vn.danvan.reception.schedule;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;
import vn.danvan.api.model.ReceptionScheduleCreate;
import vn.danvan.api.model.ReceptionScheduleOutcome;
import vn.danvan.api.model.ReceptionScheduleUpdate;
import vn.danvan.platform.mapping.FromRequestConfig;

/**
 * Requests into sessions; a request field left unused fails the build. Stateless, so a plain instance rather than a
 * bean, like every request mapper of the feature (some services are built by hand in unit tests).
 */
@Mapper(config = FromRequestConfig.class, componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface ScheduleRequestMapper {

    ScheduleRequestMapper INSTANCE = Mappers.getMapper(ScheduleRequestMapper.class);

    /** The ID is the client's or a new one, chosen by the service. */
    @BeanMapping(ignoreUnmappedSourceProperties = "id")
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "delegated", defaultValue = "false")
    @Mapping(target = "published", defaultValue = "true")
    void create(ReceptionScheduleCreate request, @MappingTarget ScheduleEntity schedule);

    /** The unit is fixed at creation: the service refuses another one. */
    @BeanMapping(ignoreUnmappedSourceProperties = "organizationId")
    @Mapping(target = "organizationId", ignore = true)
    @Mapping(target = "delegated", defaultValue = "false")
    @Mapping(target = "published", defaultValue = "true")
    void update(ReceptionScheduleUpdate request, @MappingTarget ScheduleEntity schedule);

    @Mapping(target = "outcomeNote", source = "note")
    void outcome(ReceptionScheduleOutcome request, @MappingTarget ScheduleEntity schedule);
}
