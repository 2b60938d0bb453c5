package vn.danvan.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/**
 * Loads a record for a state change with its row locked until the transaction ends, so that a second change of the
 * same record sent at the same time waits, then reads the first one's version (412) or state (409). A locking read
 * also reads the latest committed row, whatever the transaction read before. Native SQL: for a locked find the MySQL
 * dialect writes {@code FOR UPDATE OF}, which MariaDB does not know.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** The record of this ID with its row locked, or null if there is none (tombstones included: the caller decides). */
    public static <T> T lock(EntityManager em, Class<T> type, UUID id) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isBlank()) {
            throw new IllegalArgumentException(type.getName() + " names no table");
        }
        @SuppressWarnings("unchecked")
        List<T> rows = em.createNativeQuery("SELECT * FROM " + table.name() + " WHERE id = :id FOR UPDATE", type)
                .setParameter("id", UuidBytes.of(id)).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
