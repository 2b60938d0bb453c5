package vn.danvan.reception.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What other features may ask about a case they link to (a dialogue about it): whether it exists, and its unit. */
@ApplicationScoped
public class CaseReferences {

    private final EntityManager em;

    CaseReferences(EntityManager em) {
        this.em = em;
    }

    /** The units handling these cases, one read for all: cases that do not exist or are deleted are left out. */
    public Map<UUID, UUID> organizationsOf(Collection<UUID> caseIds) {
        Map<UUID, UUID> units = new HashMap<>();
        if (caseIds.isEmpty()) {
            return units;
        }
        em.createQuery("select c.id, c.organizationId from CaseEntity c where c.id in :ids and c.deletedAt is null",
                        Object[].class)
                .setParameter("ids", List.copyOf(caseIds)).getResultList()
                .forEach(row -> units.put((UUID) row[0], (UUID) row[1]));
        return units;
    }
}
