package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.security.OrganizationPaths;
import vn.danvan.platform.security.Scope;

import java.time.LocalDate;
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
     * What a feature giving new work to units needs to know of each: where it stands in the tree and whether it
     * exists on a day (its validity), with its successor when it was dissolved.
     */
    public record UnitStanding(UUID id, String name, String treePath, LocalDate validFrom, LocalDate validTo,
                               UUID successorId, String successorName) {

        /** Started (or no start recorded) and not yet ended on the day. */
        public boolean activeOn(LocalDate day) {
            return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
        }
    }

    /** The standing of each live (not deleted) unit among {@code ids}; deleted and unknown IDs are absent. */
    public Map<UUID, UnitStanding> standings(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new java.util.HashMap<>();
        var query = repository.getEntityManager().createQuery("select o.id, o.name, o.treePath, o.validFrom, o.validTo,"
                + " o.successorId, (select s.name from OrganizationEntity s where s.id = o.successorId)"
                + " from OrganizationEntity o where o.deletedAt is null and "
                + JpqlLists.in("o.id", List.copyOf(new java.util.LinkedHashSet<>(ids)), params, "id"), Object[].class);
        params.forEach(query::setParameter);
        Map<UUID, UnitStanding> standings = new java.util.HashMap<>();
        for (Object[] row : query.getResultList()) {
            standings.put((UUID) row[0], new UnitStanding((UUID) row[0], (String) row[1], (String) row[2],
                    (LocalDate) row[3], (LocalDate) row[4], (UUID) row[5], (String) row[6]));
        }
        return standings;
    }

    /**
     * The live units of a level at or below a unit (itself included), active on a day, optionally only of some types:
     * "every commune of the province". By official code, then name.
     */
    public List<UUID> unitsOfLevel(String rootTreePath, AdministrativeLevel level, java.util.Collection<OrganizationType> types,
                                   LocalDate day) {
        StringBuilder jpql = new StringBuilder("select o.id from OrganizationEntity o where o.deletedAt is null"
                + " and o.treePath like :path and o.level = :level"
                + " and (o.validFrom is null or o.validFrom <= :day) and (o.validTo is null or o.validTo >= :day)");
        if (types != null && !types.isEmpty()) {
            jpql.append(" and o.type in :types");
        }
        jpql.append(" order by o.officialCode, o.name, o.id");
        var query = repository.getEntityManager().createQuery(jpql.toString(), UUID.class)
                .setParameter("path", rootTreePath + "%").setParameter("level", level).setParameter("day", day);
        if (types != null && !types.isEmpty()) {
            query.setParameter("types", List.copyOf(types));
        }
        return query.getResultList();
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

    /**
     * The units whose records count under {@code rootId} in statistics of a window ending on {@code windowEnd}: its
     * subtree (dissolved units included, their records stay where they were), and the subtrees of units dissolved or
     * merged by then whose successor — followed through later mergers — lies in it. So a commune formed by merging two
     * others reports their records of the window too, and the two are counted nowhere else.
     */
    public List<UUID> unitsCountedUnder(UUID rootId, LocalDate windowEnd) {
        var em = repository.getEntityManager();
        String rootPath = treePath(rootId).orElse(null);
        if (rootPath == null) {
            return List.of(NO_UNIT);
        }
        java.util.LinkedHashSet<UUID> units = new java.util.LinkedHashSet<>(em.createQuery(
                "select o.id from OrganizationEntity o where o.deletedAt is null and o.treePath like :path", UUID.class)
                .setParameter("path", rootPath + "%").getResultList());
        for (int round = 0; round < 10; round++) {
            Map<String, Object> params = new java.util.HashMap<>();
            var merged = em.createQuery("select o.treePath from OrganizationEntity o where o.deletedAt is null"
                    + " and o.validTo is not null and o.validTo <= :end and "
                    + JpqlLists.in("o.successorId", List.copyOf(units), params, "successors"), String.class)
                    .setParameter("end", windowEnd);
            params.forEach(merged::setParameter);
            int before = units.size();
            for (String path : merged.getResultList()) {
                units.addAll(em.createQuery("select o.id from OrganizationEntity o where o.deletedAt is null"
                        + " and o.treePath like :path", UUID.class).setParameter("path", path + "%").getResultList());
            }
            if (units.size() == before) {
                break;
            }
        }
        return List.copyOf(units);
    }

    /**
     * {@link #unitsCountedUnder} for several roots at once, keyed by root: the same units, found with one query for
     * the roots' subtrees (everything under their deepest common ancestor, sorted out by path) and one per round of
     * mergers, instead of those queries for each root.
     */
    public Map<UUID, List<UUID>> unitsCountedUnderEach(java.util.Collection<UUID> rootIds, LocalDate windowEnd) {
        var em = repository.getEntityManager();
        Map<UUID, java.util.LinkedHashSet<UUID>> units = new java.util.LinkedHashMap<>();
        Map<UUID, String> rootPaths = new java.util.LinkedHashMap<>();
        for (UUID root : new java.util.LinkedHashSet<>(rootIds)) {
            units.put(root, new java.util.LinkedHashSet<>());
            treePath(root).ifPresent(path -> rootPaths.put(root, path));
        }
        if (!rootPaths.isEmpty()) {
            String common = commonAncestorPath(rootPaths.values());
            List<Object[]> below = em.createQuery("select o.id, o.treePath from OrganizationEntity o"
                    + " where o.deletedAt is null and o.treePath like :path", Object[].class)
                    .setParameter("path", common + "%").getResultList();
            rootPaths.forEach((root, path) -> below.stream().filter(row -> ((String) row[1]).startsWith(path))
                    .forEach(row -> units.get(root).add((UUID) row[0])));
        }
        Map<String, List<UUID>> subtrees = new java.util.HashMap<>();
        for (int round = 0; round < 10; round++) {
            Map<UUID, List<UUID>> rootsOfUnit = new java.util.HashMap<>();
            units.forEach((root, members) -> members.forEach(unit ->
                    rootsOfUnit.computeIfAbsent(unit, u -> new java.util.ArrayList<>()).add(root)));
            if (rootsOfUnit.isEmpty()) {
                break;
            }
            Map<String, Object> params = new java.util.HashMap<>();
            var merged = em.createQuery("select o.treePath, o.successorId from OrganizationEntity o where o.deletedAt is null"
                    + " and o.validTo is not null and o.validTo <= :end and "
                    + JpqlLists.in("o.successorId", List.copyOf(rootsOfUnit.keySet()), params, "successors"), Object[].class)
                    .setParameter("end", windowEnd);
            params.forEach(merged::setParameter);
            boolean grew = false;
            for (Object[] row : merged.getResultList()) {
                List<UUID> subtree = subtrees.computeIfAbsent((String) row[0], path -> em.createQuery(
                        "select o.id from OrganizationEntity o where o.deletedAt is null and o.treePath like :path",
                        UUID.class).setParameter("path", path + "%").getResultList());
                for (UUID root : rootsOfUnit.getOrDefault((UUID) row[1], List.of())) {
                    grew |= units.get(root).addAll(subtree);
                }
            }
            if (!grew) {
                break;
            }
        }
        Map<UUID, List<UUID>> counted = new java.util.LinkedHashMap<>();
        units.forEach((root, members) -> counted.put(root, members.isEmpty() ? List.of(NO_UNIT) : List.copyOf(members)));
        return counted;
    }

    /** The deepest unit's path that every one of {@code paths} is or lies under ("/a/b/c", "/a/b/d" → "/a/b"). */
    private static String commonAncestorPath(java.util.Collection<String> paths) {
        List<String> common = null;
        for (String path : paths) {
            List<String> segments = List.of(path.split("/"));
            if (common == null) {
                common = segments;
            } else {
                int same = 0;
                while (same < common.size() && same < segments.size() && common.get(same).equals(segments.get(same))) {
                    same++;
                }
                common = common.subList(0, same);
            }
        }
        return String.join("/", common);
    }

    /** The live units directly below {@code parentId} that are in force on {@code day}, by name. */
    public List<UUID> childrenInForce(UUID parentId, LocalDate day) {
        return repository.getEntityManager().createQuery("select o.id from OrganizationEntity o where o.deletedAt is null"
                + " and o.parentId = :parent and (o.validFrom is null or o.validFrom <= :day)"
                + " and (o.validTo is null or o.validTo >= :day) order by o.name, o.id", UUID.class)
                .setParameter("parent", parentId).setParameter("day", day).getResultList();
    }
}
