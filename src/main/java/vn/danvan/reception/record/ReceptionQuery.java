package vn.danvan.reception.record;

import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionFlag;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of the reception list. {@code onlyOrganization}, when set, keeps exactly that receiving unit's records
 * (not those below it): an officer's search by ID number reaches only the records it sees in clear.
 */
public record ReceptionQuery(UUID organizationId, UUID communeId, LocalDate from, LocalDate to, ReceptionKind kind,
                             ReceptionDomain domain, ReceptionHandling handling, java.util.List<ReceptionFlag> flags, String idNumber,
                             String q, UUID onlyOrganization) {
}
