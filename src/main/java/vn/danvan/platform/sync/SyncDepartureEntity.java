package vn.danvan.platform.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A record that an edit moved out of a unit (see {@link SyncDepartures}). */
@Entity
@Table(name = "sync_departure")
class SyncDepartureEntity {

    @Id
    @Column(name = "change_seq", nullable = false, updatable = false)
    long changeSeq;

    @Column(name = "collection", nullable = false, updatable = false)
    String collection;

    @Column(name = "record_id", nullable = false, updatable = false)
    UUID recordId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    UUID unitId;

    @Column(name = "departed_at", nullable = false, updatable = false)
    Instant departedAt;
}
