package vn.danvan.reception.record;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.danvan.api.model.IdDocumentType;
import vn.danvan.platform.crypto.EncryptedText;

import java.util.UUID;

/**
 * A citizen of a reception, or one of the representatives of a mass case. The ID number, address and phone are only
 * stored encrypted, the ID number with its keyed hash for exact search (see PersonalDataCipher); the name stays in
 * clear because officials search by it (docs/security.md, personal data).
 */
@Entity
@Audited
@Table(name = "reception_citizen")
public class CitizenEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    /**
     * The reception it belongs to; this side writes the column (the reception's collection only reads it), so that
     * the audit trail keeps it and a reception's history finds its citizens' changes.
     */
    @Column(name = "reception_id", nullable = false, updatable = false)
    public UUID receptionId;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** Encrypted at rest (V36): shown to those who may see it, masked for others, never searched. */
    @Convert(converter = EncryptedText.class)
    @Column(name = "address_enc")
    public String address;

    /** Encrypted at rest (V36). */
    @Convert(converter = EncryptedText.class)
    @Column(name = "phone_enc")
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    public IdDocumentType idType;

    @Column(name = "id_number_enc")
    public byte[] idNumberEncrypted;

    @NotAudited
    @Column(name = "id_number_hash", length = 32)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.BINARY)
    public byte[] idNumberHash;

    @Column(name = "representative", nullable = false)
    public boolean representative;
}
