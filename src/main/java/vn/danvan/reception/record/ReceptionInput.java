package vn.danvan.reception.record;

import vn.danvan.api.model.CitizenInput;
import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionCreate;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionFlagsInput;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionType;
import vn.danvan.api.model.ReceptionUpdate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The editable fields of a reception record, whichever request (create, update, portal) carries them. */
public record ReceptionInput(LocalDate receivedOn, ReceptionType receptionType, ReceptionChannel channel, UUID scheduleId,
                             boolean headReceivedInPerson, ReceptionKind kind, ReceptionDomain domain, int peopleCount,
                             List<CitizenInput> citizens, String content, String previouslyHandledBy,
                             ReceptionHandling handling, UUID transferredToOrganizationId, String transferredToName,
                             UUID concernedCommuneId, String concernedAddress, ReceptionFlagsInput flags,
                             List<String> receivingOfficials, String nationalCaseNumber, String followUp, String notes) {

    public static ReceptionInput of(ReceptionCreate r) {
        return new ReceptionInput(r.getReceivedOn(), r.getReceptionType(), r.getChannel(), r.getScheduleId(),
                Boolean.TRUE.equals(r.getHeadReceivedInPerson()), r.getKind(), r.getDomain(), r.getPeopleCount(),
                r.getCitizens(), r.getContent(), r.getPreviouslyHandledBy(), r.getHandling(),
                r.getTransferredToOrganizationId(), r.getTransferredToName(), r.getConcernedCommuneId(),
                r.getConcernedAddress(), r.getFlags(), r.getReceivingOfficials(), r.getNationalCaseNumber(),
                r.getFollowUp(), r.getNotes());
    }

    public static ReceptionInput of(ReceptionUpdate r) {
        return new ReceptionInput(r.getReceivedOn(), r.getReceptionType(), r.getChannel(), r.getScheduleId(),
                Boolean.TRUE.equals(r.getHeadReceivedInPerson()), r.getKind(), r.getDomain(), r.getPeopleCount(),
                r.getCitizens(), r.getContent(), r.getPreviouslyHandledBy(), r.getHandling(),
                r.getTransferredToOrganizationId(), r.getTransferredToName(), r.getConcernedCommuneId(),
                r.getConcernedAddress(), r.getFlags(), r.getReceivingOfficials(), r.getNationalCaseNumber(),
                r.getFollowUp(), r.getNotes());
    }
}
