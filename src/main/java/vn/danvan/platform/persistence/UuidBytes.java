package vn.danvan.platform.persistence;

import java.nio.ByteBuffer;
import java.util.UUID;

/** UUIDs as the BINARY(16) the tables store them in, for native SQL. */
public final class UuidBytes {

    private UuidBytes() {
    }

    public static byte[] of(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    /** The ID of 16 bytes as stored; null for null. */
    public static UUID toUuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
