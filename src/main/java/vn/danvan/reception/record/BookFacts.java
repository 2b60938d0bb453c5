package vn.danvan.reception.record;

import vn.danvan.reception.personaldata.PersonalDataShown;

import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a row of the printed book needs besides its record (a {@code @Context} of {@link BookEntryMapper}): the units'
 * names for transfer targets, and whose personal data the caller sees. The ID number is decrypted in clear here; the
 * writer masks the rows not in clear.
 */
record BookFacts(Map<UUID, String> unitNames, Predicate<UUID> clear, PersonalDataShown decrypted) {

    /** Mẫu số 03 prints "x" when nothing was transferred. */
    String transferTarget(ReceptionEntity record) {
        if (record.transferredToName != null && !record.transferredToName.isBlank()) {
            return record.transferredToName;
        }
        return record.transferredToId == null ? "x" : unitNames.getOrDefault(record.transferredToId, "");
    }

    boolean inClear(ReceptionEntity record) {
        return clear.test(record.organizationId);
    }
}
