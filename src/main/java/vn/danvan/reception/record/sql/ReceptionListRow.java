package vn.danvan.reception.record.sql;

import vn.danvan.api.model.ReceptionChannel;
import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;
import vn.danvan.api.model.ReceptionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One record of the book as the list reads it: its columns, receiving officials, case and citizens. */
public record ReceptionListRow(UUID id, UUID organizationId, LocalDate receivedOn, ReceptionType receptionType,
                               ReceptionChannel channel, UUID scheduleId, boolean headReceived, ReceptionKind kind,
                               ReceptionDomain domain, int peopleCount, String leadCitizenName, String content,
                               String previouslyHandledBy, ReceptionHandling handling, UUID transferredToId,
                               String transferredToName, UUID concernedCommuneId, String concernedAddress,
                               boolean flagMass, boolean flagLevelSkipping, boolean flagRepeated, boolean flagProlonged,
                               boolean flagComplex, UUID earlierReceptionId, String earlierMatch,
                               String nationalCaseNumber, String followUp, String notes, boolean demo, Instant createdAt,
                               Instant updatedAt, long version, List<String> officials, UUID caseId,
                               List<CitizenRow> citizens) {

    ReceptionListRow withCitizens(List<CitizenRow> found) {
        return new ReceptionListRow(id, organizationId, receivedOn, receptionType, channel, scheduleId, headReceived, kind,
                domain, peopleCount, leadCitizenName, content, previouslyHandledBy, handling, transferredToId,
                transferredToName, concernedCommuneId, concernedAddress, flagMass, flagLevelSkipping, flagRepeated,
                flagProlonged, flagComplex, earlierReceptionId, earlierMatch, nationalCaseNumber, followUp, notes, demo,
                createdAt, updatedAt, version, officials, caseId, found);
    }
}
