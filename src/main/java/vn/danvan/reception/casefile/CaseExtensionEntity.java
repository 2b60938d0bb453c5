package vn.danvan.reception.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One extension of a denunciation's time limit, with its written decision. */
@Entity
@Table(name = "case_extension")
public class CaseExtensionEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "days", nullable = false)
    public int days;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
