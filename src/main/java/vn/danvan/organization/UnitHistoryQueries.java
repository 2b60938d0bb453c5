package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.UnitHistory;
import vn.danvan.platform.security.Units;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The units a scope reached at an earlier change number: today's tree with the moves made since undone, newest first.
 * Read only when a client's reach may have changed (its scope differs, or a unit moved since its last sync).
 */
@ApplicationScoped
class UnitHistoryQueries implements UnitHistory {

    private final EntityManager em;
    private final ScopeUnits scopeUnits;

    UnitHistoryQueries(EntityManager em, ScopeUnits scopeUnits) {
        this.em = em;
        this.scopeUnits = scopeUnits;
    }

    @Override
    public Units now(Scope scope) {
        return scope.unrestricted() ? Units.EVERY : Units.of(scopeUnits.of(scope));
    }

    @Override
    public Units at(Scope scope, long changeNumber) {
        if (scope.unrestricted()) {
            return Units.EVERY;
        }
        List<String[]> moves = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT old_path, new_path FROM organization_move WHERE change_seq > ?1"
                + " ORDER BY change_seq DESC").setParameter(1, changeNumber).getResultList()) {
            Object[] columns = (Object[]) row;
            moves.add(new String[] {(String) columns[0], (String) columns[1]});
        }
        List<UUID> reached = new ArrayList<>();
        List<Object[]> units = em.createQuery("select o.id, o.treePath, o.deletedAt, o.changeSeq from OrganizationEntity o",
                Object[].class).getResultList();
        for (Object[] unit : units) {
            boolean deletedBefore = unit[2] instanceof Instant && (Long) unit[3] <= changeNumber;
            if (!deletedBefore && pathThen((String) unit[1], moves).startsWith(scope.treePath())) {
                reached.add((UUID) unit[0]);
            }
        }
        return Units.of(reached);
    }

    @Override
    public boolean movedSince(long changeNumber) {
        return !em.createNativeQuery("SELECT 1 FROM organization_move WHERE change_seq > ?1 LIMIT 1")
                .setParameter(1, changeNumber).getResultList().isEmpty();
    }

    /** A path as it was before the given moves (newest first). */
    static String pathThen(String path, List<String[]> movesNewestFirst) {
        String then = path;
        for (String[] move : movesNewestFirst) {
            if (then.startsWith(move[1])) {
                then = move[0] + then.substring(move[1].length());
            }
        }
        return then;
    }
}
