package vn.danvan.platform.persistence;

import io.quarkus.arc.Arc;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * Stamps every insert and update of a synchronised record with the time and the next change
 * sequence number, so that no write path can forget it.
 */
public class ChangeStampListener {

    @PrePersist
    void beforeInsert(SyncedEntity entity) {
        ChangeStamper stamper = stamper();
        if (entity.createdAt == null) {
            entity.createdAt = stamper.now();
        }
        entity.updatedAt = entity.createdAt;
        entity.changeSeq = stamper.nextSequence();
    }

    @PreUpdate
    void beforeUpdate(SyncedEntity entity) {
        ChangeStamper stamper = stamper();
        entity.updatedAt = stamper.now();
        entity.changeSeq = stamper.nextSequence();
    }

    private static ChangeStamper stamper() {
        return Arc.container().instance(ChangeStamper.class).get();
    }
}
