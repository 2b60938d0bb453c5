package vn.danvan.democracy;

import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * Loads a record for a state change with its row locked, so that a second change sent at the same time waits and then
 * sees the first one's version (412) or state (409). Native: the MySQL dialect writes {@code FOR UPDATE OF}, which
 * MariaDB does not know; a locking read also reads the latest committed row, whatever the transaction read before.
 */
final class RowLocks {

    private RowLocks() {
    }

    static <T> T lock(EntityManager em, Class<T> type, String table, UUID id) {
        @SuppressWarnings("unchecked")
        java.util.List<T> rows = em.createNativeQuery("SELECT * FROM " + table + " WHERE id = :id FOR UPDATE", type)
                .setParameter("id", bytes(id)).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The UUID as the BINARY(16) column holds it. */
    private static byte[] bytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
