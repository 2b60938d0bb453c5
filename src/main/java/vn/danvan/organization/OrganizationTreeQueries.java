package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.security.OrganizationPaths;
import vn.danvan.platform.security.Scope;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features may ask of the organisation tree: whether a unit exists, where it stands,
 * and whether it lies inside a scope. They never read the organisation tables themselves: their lists
 * are confined to a scope by {@link #withinScopeJpql}, which binds the scope's unit IDs.
 */
@ApplicationScoped
public class OrganizationTreeQueries implements OrganizationPaths {

    /** Bound instead of an empty list, which is not valid SQL: no unit has this ID. */
    private static final UUID NO_UNIT = new UUID(0, 0);

    private final OrganizationRepository repository;
    private final ScopeUnits scopeUnits;
    private final UnitSnapshots snapshots;

    OrganizationTreeQueries(OrganizationRepository repository, ScopeUnits scopeUnits, UnitSnapshots snapshots) {
        this.repository = repository;
        this.scopeUnits = scopeUnits;
        this.snapshots = snapshots;
    }

    @Override
    public Optional<String> treePath(String idOrOfficialCode) {
        if (idOrOfficialCode == null || idOrOfficialCode.isBlank()) {
            return Optional.empty();
        }
        try {
            return treePath(UUID.fromString(idOrOfficialCode));
        } catch (IllegalArgumentException notAnId) {
            return repository.findCodeHolder(idOrOfficialCode).map(o -> o.treePath);
        }
    }

    public Optional<String> treePath(UUID organizationId) {
        var snapshot = snapshots.current();
        if (snapshot.isPresent()) {
            return snapshot.get().liveTreePath(organizationId);
        }
        // A scalar read, not the audited entity: every request's scope starts here.
        return repository.getEntityManager().createQuery("select o.treePath from OrganizationEntity o"
                        + " where o.id = :id and o.deletedAt is null", String.class)
                .setParameter("id", organizationId).getResultStream().findFirst();
    }

    /** The ID of a live unit named by ID or official code (as tokens of external sign-on may name it). */
    public Optional<UUID> idOf(String idOrOfficialCode) {
        if (idOrOfficialCode == null || idOrOfficialCode.isBlank()) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(idOrOfficialCode);
            return treePath(id).map(livePath -> id);
        } catch (IllegalArgumentException notAnId) {
            return repository.findCodeHolder(idOrOfficialCode).map(o -> o.id);
        }
    }

    /** Names of the given units, dissolved or deleted ones included: old records still name them. */
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        var snapshot = snapshots.current();
        if (snapshot.isPresent()) {
            for (UUID id : ids) {
                UnitSnapshots.Unit unit = snapshot.get().units().get(id);
                if (unit != null) {
                    names.put(id, unit.name());
                }
            }
            return names;
        }
        Map<String, Object> params = new java.util.HashMap<>();
        var query = repository.getEntityManager().createQuery("select o.id, o.name from OrganizationEntity o where "
                + JpqlLists.in("o.id", List.copyOf(new java.util.LinkedHashSet<>(ids)), params, "id"), Object[].class);
        params.forEach(query::setParameter);
        query.getResultList().forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    /** The name of one unit, or "" when there is none. */
    public String name(UUID id) {
        return id == null ? "" : names(java.util.List.of(id)).getOrDefault(id, "");
    }

    /** The unit exists (not deleted) and lies inside the scope. */
    public boolean isWithin(UUID organizationId, Scope scope) {
        return organizationId != null && treePath(organizationId).filter(scope::contains).isPresent();
    }

    /**
     * The IDs of the live units inside a restricted scope (never empty: a scope without units yields an
     * ID that no unit has, so that it can be bound to {@code in}).
     */
    public List<UUID> subtreeIds(Scope scope) {
        if (scope.unrestricted()) {
            throw new IllegalArgumentException("an unrestricted scope has no list of units");
        }
        List<UUID> ids = scopeUnits.of(scope);
        return ids.isEmpty() ? List.of(NO_UNIT) : ids;
    }

    /**
     * JPQL condition confining {@code attribute} (a unit ID) to the live units of the scope, binding
     * their IDs to {@code :param} in {@code params}; always true for an unrestricted scope.
     */
    public String withinScopeJpql(String attribute, Scope scope, Map<String, Object> params, String param) {
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        return JpqlLists.in(attribute, subtreeIds(scope), params, param);
    }
}
