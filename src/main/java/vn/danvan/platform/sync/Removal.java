package vn.danvan.platform.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A record the client must drop: deleted (a tombstone, with the instant) or no longer within the caller's reach
 * (its unit moved away, the caller's unit or role changed).
 */
public record Removal(UUID id, Reason reason, Instant deletedAt) {

    public enum Reason { DELETED, OUT_OF_SCOPE }
}
