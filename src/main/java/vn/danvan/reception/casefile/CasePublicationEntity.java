package vn.danvan.reception.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.danvan.api.model.CasePublicationAction;

import java.time.Instant;
import java.util.UUID;

/** One publication, correction or withdrawal of a case's public result (not the text: see V39). */
@Entity
@Table(name = "case_publication_event")
public class CasePublicationEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    public CasePublicationAction action;

    @Column(name = "reason")
    public String reason;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
