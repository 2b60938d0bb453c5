package vn.danvan.reception.portal;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.PetitionStatus;
import vn.danvan.api.model.PortalPetitionReceipt;
import vn.danvan.api.model.PublishedCaseResult;
import vn.danvan.api.model.PublishedReceptionSchedule;
import vn.danvan.platform.mapping.ToContractConfig;
import vn.danvan.reception.casefile.CaseEntity;
import vn.danvan.reception.record.ReceptionEntity;
import vn.danvan.reception.schedule.ScheduleEntity;
import vn.danvan.reception.schedule.ScheduleMapper;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The portal's and the public's answers. Their models hold no personal data, so mapping by name cannot add any: the
 * contract's public models are the list of what may be shown.
 */
@Mapper(config = ToContractConfig.class)
interface PortalMapper {

    @Mapping(target = "organizationName", expression = "java(organizationNames.getOrDefault(schedule.organizationId, \"\"))")
    @Mapping(target = "startTime", dateFormat = ScheduleMapper.TIME)
    @Mapping(target = "endTime", dateFormat = ScheduleMapper.TIME)
    PublishedReceptionSchedule toPublished(ScheduleEntity schedule, @Context Map<UUID, String> organizationNames);

    @Mapping(target = "caseId", source = "id")
    @Mapping(target = "organizationName", expression = "java(organizationNames.getOrDefault(result.organizationId, \"\"))")
    PublishedCaseResult toPublished(CaseEntity result, @Context Map<UUID, String> organizationNames);

    /** @param found the case opened from the petition, or null */
    @Mapping(target = "trackingCode", source = "petition.trackingCode")
    @Mapping(target = "submittedOn", source = "reception.receivedOn")
    @Mapping(target = "handling", source = "reception.handling")
    @Mapping(target = "stage", expression = "java(stage(reception, found))")
    @Mapping(target = "caseStatus", source = "found.status")
    @Mapping(target = "deadline", source = "found.deadline")
    @Mapping(target = "decisionNumber", source = "found.decisionNumber")
    @Mapping(target = "decidedOn", source = "found.decidedOn")
    PetitionStatus status(PortalPetitionEntity petition, ReceptionEntity reception, CaseEntity found);

    /** The stage a citizen understands, from the record's handling and the case's decision. */
    default PetitionStatus.StageEnum stage(ReceptionEntity reception, CaseEntity found) {
        return switch (reception.handling) {
            case PENDING -> PetitionStatus.StageEnum.RECEIVED;
            case RETURNED_WITH_GUIDANCE -> PetitionStatus.StageEnum.RETURNED_WITH_GUIDANCE;
            case TRANSFERRED -> PetitionStatus.StageEnum.TRANSFERRED;
            case ANSWERED_DIRECTLY -> PetitionStatus.StageEnum.ANSWERED;
            case ACCEPTED -> found != null && found.decidedOn != null ? PetitionStatus.StageEnum.RESOLVED
                    : PetitionStatus.StageEnum.BEING_RESOLVED;
        };
    }

    /** The secret is derived from the tracking code, never stored: the service gives it. */
    @Mapping(target = "receptionId", source = "petition.receptionId")
    @Mapping(target = "trackingCode", source = "petition.trackingCode")
    PortalPetitionReceipt receipt(PortalPetitionEntity petition, String secret, LocalDate submittedOn);
}
