package vn.danvan.reception.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.danvan.api.model.IdDocumentType;

import java.util.UUID;

/**
 * A citizen of a reception, or one of the representatives of a mass case. The ID number is only stored
 * encrypted, with its keyed hash for exact search (see PersonalDataCipher).
 */
@Entity
@Table(name = "reception_citizen")
public class CitizenEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "address")
    public String address;

    @Column(name = "phone")
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    public IdDocumentType idType;

    @Column(name = "id_number_enc")
    public byte[] idNumberEncrypted;

    @Column(name = "id_number_hash", length = 32)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.BINARY)
    public byte[] idNumberHash;

    @Column(name = "representative", nullable = false)
    public boolean representative;
}
