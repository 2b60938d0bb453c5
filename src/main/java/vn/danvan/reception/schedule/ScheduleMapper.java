package vn.danvan.reception.schedule;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.ReceptionSchedule;
import vn.danvan.platform.mapping.ToContractConfig;

import java.time.LocalDate;

/** Sessions of the reception schedule as the contract shows them. */
@Mapper(config = ToContractConfig.class)
public interface ScheduleMapper {

    /** Times as the contract writes them, hours and minutes. */
    String TIME = "HH:mm";

    @Mapping(target = "startTime", dateFormat = TIME)
    @Mapping(target = "endTime", dateFormat = TIME)
    @Mapping(target = "missed", expression = "java(schedule.missed(today))")
    ReceptionSchedule toApi(ScheduleEntity schedule, @Context LocalDate today);
}
