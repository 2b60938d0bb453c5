package vn.danvan.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes organisations; tombstoned rows are invisible to everything but sync. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, UUID> {

    public Optional<OrganizationEntity> findLive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    public Optional<OrganizationEntity> findCodeHolder(String officialCode) {
        return find("officialCode = ?1 and deletedAt is null and validTo is null", officialCode).firstResultOptional();
    }

    public List<OrganizationEntity> findCodeHolders(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return list("officialCode in ?1 and deletedAt is null and validTo is null", codes);
    }

    /** Dissolved (not deleted) units that held one of the codes. */
    public List<OrganizationEntity> findDissolvedCodeHolders(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return list("officialCode in ?1 and deletedAt is null and validTo is not null", codes);
    }

    public long countChildren(UUID id) {
        return count("parentId = ?1 and deletedAt is null", id);
    }

    public long countActiveChildren(UUID id) {
        return count("parentId = ?1 and deletedAt is null and validTo is null", id);
    }

    public long countSuccessorReferences(UUID id) {
        return count("successorId = ?1 and deletedAt is null", id);
    }

    /** The unit and all its descendants, as rows of the subtree, ordered by depth of the path. */
    public List<OrganizationEntity> subtree(OrganizationEntity root) {
        return list("treePath like ?1 and deletedAt is null order by length(treePath), name", root.treePath + "%");
    }

    /** The unit and its descendants whose path is at most {@code maxPathLength} long (a depth limit). */
    public List<OrganizationEntity> subtree(OrganizationEntity root, int maxPathLength) {
        return list("treePath like ?1 and length(treePath) <= ?2 and deletedAt is null order by length(treePath), name",
                root.treePath + "%", maxPathLength);
    }

    public List<OrganizationEntity> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 and deletedAt is null", ids);
    }
}
