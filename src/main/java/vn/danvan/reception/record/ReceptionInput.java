package vn.danvan.reception.record;

import vn.danvan.api.model.CitizenInput;
import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionFlagsInput;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The editable fields of a reception record, whichever request (create, update, portal) carries them: see
 * ReceptionRequestMapper and the portal's PetitionRequestMapper.
 */
public record ReceptionInput(LocalDate receivedOn, ReceptionType receptionType, ReceptionChannel channel, UUID scheduleId,
                             boolean headReceivedInPerson, ReceptionKind kind, ReceptionDomain domain, int peopleCount,
                             List<CitizenInput> citizens, String content, String previouslyHandledBy,
                             ReceptionHandling handling, UUID transferredToOrganizationId, String transferredToName,
                             UUID concernedCommuneId, String concernedAddress, ReceptionFlagsInput flags,
                             List<String> receivingOfficials, String nationalCaseNumber, String followUp, String notes) {
}
