package vn.danvan.reception.record.sql;

import vn.danvan.api.model.IdDocumentType;

/** A citizen of a listed record, its personal data still encrypted as stored. */
public record CitizenRow(int position, String fullName, boolean representative, IdDocumentType idType,
                         byte[] addressEncrypted, byte[] phoneEncrypted, byte[] idNumberEncrypted) {
}
