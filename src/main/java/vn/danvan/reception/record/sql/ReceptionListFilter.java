package vn.danvan.reception.record.sql;

import vn.danvan.api.model.ReceptionDomain;
import vn.danvan.api.model.ReceptionFlag;
import vn.danvan.api.model.ReceptionHandling;
import vn.danvan.api.model.ReceptionKind;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.UUID;

/**
 * The filters of the reception list as SQL takes them. {@code onlyOrganization} keeps exactly one receiving unit's
 * records; {@code idNumberHash} is the keyed hash of an ID number, never the number.
 */
public record ReceptionListFilter(UUID onlyOrganization, UUID communeId, LocalDate from, LocalDate to, ReceptionKind kind,
                                  ReceptionDomain domain, ReceptionHandling handling, SortedSet<ReceptionFlag> flags,
                                  byte[] idNumberHash, String q) {
}
