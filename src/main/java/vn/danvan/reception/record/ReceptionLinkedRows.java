package vn.danvan.reception.record;

import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.JpqlLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The citizens and receiving officials of a page of records, each read in one query. Touching the
 * records' own collections initialised two collections per record (batch loads, a wrapper each, and a
 * cascade over each at the commit's flush): the largest part of the list's cost.
 */
record ReceptionLinkedRows(Map<UUID, List<CitizenEntity>> citizens, Map<UUID, List<String>> officials) {

    static ReceptionLinkedRows of(EntityManager em, List<UUID> receptionIds) {
        Map<UUID, List<CitizenEntity>> citizens = new HashMap<>();
        Map<UUID, List<String>> officials = new HashMap<>();
        if (receptionIds.isEmpty()) {
            return new ReceptionLinkedRows(citizens, officials);
        }
        Map<String, Object> params = new HashMap<>();
        String records = JpqlLists.in("r.id", receptionIds, params, "reception");
        var citizenQuery = em.createQuery("select r.id, c from ReceptionEntity r join r.citizens c where " + records
                + " order by r.id, c.position", Object[].class);
        params.forEach(citizenQuery::setParameter);
        for (Object[] row : citizenQuery.getResultList()) {
            citizens.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((CitizenEntity) row[1]);
        }
        var officialQuery = em.createQuery("select r.id, o from ReceptionEntity r join r.officials o where " + records
                + " order by r.id, index(o)", Object[].class);
        params.forEach(officialQuery::setParameter);
        for (Object[] row : officialQuery.getResultList()) {
            officials.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return new ReceptionLinkedRows(citizens, officials);
    }

    List<CitizenEntity> citizensOf(UUID receptionId) {
        return citizens.getOrDefault(receptionId, List.of());
    }

    List<String> officialsOf(UUID receptionId) {
        return officials.getOrDefault(receptionId, List.of());
    }
}
