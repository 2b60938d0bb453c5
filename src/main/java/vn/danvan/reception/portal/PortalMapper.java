package vn.danvan.reception.portal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.PetitionStatus;
import vn.danvan.api.model.PublishedCaseResult;
import vn.danvan.api.model.PublishedReceptionSchedule;
import vn.danvan.reception.casefile.CaseEntity;
import vn.danvan.reception.record.ReceptionEntity;
import vn.danvan.reception.schedule.ScheduleEntity;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * The portal's and the public's views, for the public endpoints and the webhook events alike: built from explicit
 * fields into the contract's public models, which hold no personal data. (Hand-written: no MapStruct configs on this
 * branch yet.)
 */
@ApplicationScoped
class PortalMapper {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    PublishedReceptionSchedule toPublished(ScheduleEntity s, Map<UUID, String> organizationNames) {
        return new PublishedReceptionSchedule().id(s.id).organizationId(s.organizationId)
                .organizationName(organizationNames.getOrDefault(s.organizationId, "")).sessionType(s.sessionType)
                .sessionDate(s.sessionDate).startTime(TIME.format(s.startTime)).endTime(TIME.format(s.endTime))
                .place(s.place).hostName(s.hostName).hostPosition(s.hostPosition);
    }

    PublishedCaseResult toPublished(CaseEntity c, Map<UUID, String> organizationNames) {
        return new PublishedCaseResult().caseId(c.id).organizationId(c.organizationId)
                .organizationName(organizationNames.getOrDefault(c.organizationId, "")).kind(c.kind).domain(c.domain)
                .decisionNumber(c.decisionNumber).decidedOn(c.decidedOn).publicSummary(c.publicSummary);
    }

    /** @param found the case opened from the petition, or null */
    PetitionStatus status(PortalPetitionEntity petition, ReceptionEntity reception, CaseEntity found) {
        PetitionStatus status = new PetitionStatus().trackingCode(petition.trackingCode).submittedOn(reception.receivedOn)
                .handling(reception.handling).stage(stage(reception, found));
        if (found != null) {
            status.caseStatus(found.status).deadline(found.deadline).decisionNumber(found.decisionNumber)
                    .decidedOn(found.decidedOn);
        }
        return status;
    }

    /** The stage a citizen understands, from the record's handling and the case's decision. */
    PetitionStatus.StageEnum stage(ReceptionEntity reception, CaseEntity found) {
        return switch (reception.handling) {
            case PENDING -> PetitionStatus.StageEnum.RECEIVED;
            case RETURNED_WITH_GUIDANCE -> PetitionStatus.StageEnum.RETURNED_WITH_GUIDANCE;
            case TRANSFERRED -> PetitionStatus.StageEnum.TRANSFERRED;
            case ANSWERED_DIRECTLY -> PetitionStatus.StageEnum.ANSWERED;
            case ACCEPTED -> found != null && found.decidedOn != null ? PetitionStatus.StageEnum.RESOLVED
                    : PetitionStatus.StageEnum.BEING_RESOLVED;
        };
    }
}
