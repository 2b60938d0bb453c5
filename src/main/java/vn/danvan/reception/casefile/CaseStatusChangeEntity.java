package vn.danvan.reception.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.danvan.api.model.CaseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One change of a case's stage. */
@Entity
@Table(name = "case_status_change")
public class CaseStatusChangeEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CaseStatus toStatus;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(name = "note")
    public String note;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
