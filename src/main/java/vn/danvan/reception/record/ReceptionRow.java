package vn.danvan.reception.record;

import java.util.List;
import java.util.UUID;

/** A record of the book with what is shown beside it: its citizens, receiving officials and case, if any. */
public record ReceptionRow(ReceptionEntity record, List<CitizenEntity> citizens, List<String> officials, UUID caseId) {
}
