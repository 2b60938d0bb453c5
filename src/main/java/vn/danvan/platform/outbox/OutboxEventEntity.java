package vn.danvan.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One row of the outbox, as the relay reads it (rows are written by {@link Outbox}). */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity {

    @Id
    @Column(name = "seq", nullable = false, updatable = false)
    public long seq;

    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "type", nullable = false, updatable = false)
    public String type;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(name = "audience", updatable = false)
    public String audience;

    @Column(name = "payload", nullable = false, updatable = false, columnDefinition = "mediumtext")
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "relayed_at")
    public Instant relayedAt;
}
