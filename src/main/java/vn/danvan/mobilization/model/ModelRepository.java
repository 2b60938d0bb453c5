package vn.danvan.mobilization.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes models; tombstoned rows are invisible here. */
@ApplicationScoped
public class ModelRepository implements PanacheRepositoryBase<MobilizationModelEntity, UUID> {

    public Optional<MobilizationModelEntity> findLive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    public Optional<MobilizationModelEntity> findPublished(UUID id) {
        return find("id = ?1 and deletedAt is null and publishedAt is not null", id).firstResultOptional();
    }

    public List<MobilizationModelEntity> replicationsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("replicationOfId in ?1 and deletedAt is null order by registrationYear, title", ids);
    }

    public int countReplications(UUID id) {
        return (int) count("replicationOfId = ?1 and deletedAt is null", id);
    }

    /** Direct replication counts of many models in one query (models without replications are absent). */
    public Map<UUID, Integer> countReplications(Collection<UUID> ids) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery(
                        "select m.replicationOfId, count(m) from MobilizationModelEntity m "
                                + "where m.replicationOfId in :ids and m.deletedAt is null group by m.replicationOfId",
                        Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    public long countByOrganization(UUID organizationId) {
        return count("(organizationId = ?1 or placeOrganizationId = ?1) and deletedAt is null", organizationId);
    }
}
