package vn.danvan.directive;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.danvan.api.model.DirectiveStatus;
import vn.danvan.api.model.DirectiveType;
import vn.danvan.platform.persistence.SyncedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Văn bản chỉ đạo — a directive. */
@Entity
@Table(name = "directive")
public class DirectiveEntity extends SyncedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public DirectiveType type;

    @Column(name = "issuer_organization_id")
    public UUID issuerOrganizationId;

    @Column(name = "external_issuer")
    public String externalIssuer;

    @Column(name = "owner_organization_id")
    public UUID ownerOrganizationId;

    @Column(name = "number_symbol", nullable = false)
    public String numberSymbol;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(name = "issue_year", nullable = false)
    public int issueYear;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_position")
    public String signerPosition;

    @Column(name = "summary")
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public DirectiveStatus status;

    @Column(name = "replaced_by_directive_id")
    public UUID replacedByDirectiveId;

    @Column(name = "status_note")
    public String statusNote;

    @Column(name = "demo", nullable = false)
    public boolean demo;

    /** Kính gửi — in the order sent (V59): the order of the document's "Kính gửi"; each unit once. */
    @ElementCollection
    @CollectionTable(name = "directive_recipient", joinColumns = @JoinColumn(name = "directive_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> recipientOrganizationIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "directive_legal_basis", joinColumns = @JoinColumn(name = "directive_id"))
    @Column(name = "basis_id")
    public Set<UUID> legalBasisIds = new LinkedHashSet<>();
}
