package vn.danvan.reception.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One transfer of a case between organisations, kept as history. */
@Entity
@Table(name = "case_transfer")
public class CaseTransferEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "from_org_id", nullable = false)
    public UUID fromOrganizationId;

    @Column(name = "to_org_id", nullable = false)
    public UUID toOrganizationId;

    @Column(name = "transferred_on", nullable = false)
    public LocalDate transferredOn;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
