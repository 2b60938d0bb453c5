package vn.danvan.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.platform.security.Scope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Confines reception's queries to a scope by binding the scope's unit IDs as a list ({@code organization_id in (…)}):
 * as a sub-query on the organisation tree MariaDB planned it badly on a million records (it sorted the whole table
 * before filtering). Every reception query that is confined to a scope goes through here.
 */
@ApplicationScoped
public class ScopeFilter {

    private static final UUID NO_UNIT = new UUID(0, 0);

    private final EntityManager em;

    ScopeFilter(EntityManager em) {
        this.em = em;
    }

    /**
     * A JPQL condition confining {@code attribute} (a unit ID) to the live units of the scope, their IDs bound to
     * {@code :param} in {@code params}; always true for an unrestricted scope.
     */
    public String condition(String attribute, Scope scope, Map<String, Object> params, String param) {
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        List<UUID> units = em.createQuery(OrganizationDirectory.subtreeIdsJpql("subtree"), UUID.class)
                .setParameter("subtree", scope.likePattern()).getResultList();
        params.put(param, units.isEmpty() ? List.of(NO_UNIT) : units);
        return attribute + " in :" + param;
    }
}
