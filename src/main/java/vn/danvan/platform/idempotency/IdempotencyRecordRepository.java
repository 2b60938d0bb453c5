package vn.danvan.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored responses of POSTs sent with an Idempotency-Key. */
@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepositoryBase<IdempotencyRecord, Long> {

    /** The record of this caller's key, or null. */
    IdempotencyRecord findByKey(String caller, String key) {
        return find("caller = ?1 and key = ?2", caller, key).firstResult();
    }
}
