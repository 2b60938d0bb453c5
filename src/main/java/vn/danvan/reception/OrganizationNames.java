package vn.danvan.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names of organisations for outputs that must name them without a caller's scope (the public portal,
 * the exported book, hot spots). Reads only the name of live units; the organisation feature's
 * directory offers no name lookup (yet), which would be the better home for this.
 */
@ApplicationScoped
public class OrganizationNames {

    private final EntityManager em;

    OrganizationNames(EntityManager em) {
        this.em = em;
    }

    public Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select o.id, o.name from OrganizationEntity o where o.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    public String of(UUID id) {
        return of(java.util.List.of(id)).getOrDefault(id, "");
    }
}
