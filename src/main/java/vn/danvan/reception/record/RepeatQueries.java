package vn.danvan.reception.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.security.ScopeProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Suggests that a new record repeats an earlier one (nhiều lần): the latest earlier record in the
 * caller's scope of the same citizen (by the keyed hash of an ID number) or else of the same subject
 * (the same commune concerned and domain, within a year). The official decides whether to set the flag.
 */
@ApplicationScoped
class RepeatQueries {

    static final String BY_ID_NUMBER = "ID_NUMBER";
    static final String BY_SUBJECT = "SUBJECT";
    private static final int SUBJECT_LOOKBACK_DAYS = 365;

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final OrganizationTreeQueries directory;

    RepeatQueries(EntityManager em, ScopeProvider scopes, OrganizationTreeQueries directory) {
        this.em = em;
        this.scopes = scopes;
        this.directory = directory;
    }

    void suggest(ReceptionEntity entity) {
        entity.earlierReceptionId = null;
        entity.earlierMatch = null;
        List<byte[]> hashes = entity.citizens.stream().map(c -> c.idNumberHash).filter(Objects::nonNull).toList();
        Optional<UUID> sameCitizen = hashes.isEmpty() ? Optional.empty() : first(scoped(
                "select r.id from ReceptionEntity r join r.citizens c where c.idNumberHash in :hashes", entity)
                .setParameter("hashes", hashes));
        if (sameCitizen.isPresent()) {
            entity.earlierReceptionId = sameCitizen.get();
            entity.earlierMatch = BY_ID_NUMBER;
            return;
        }
        if (entity.concernedCommuneId != null) {
            first(scoped("select r.id from ReceptionEntity r where r.concernedCommuneId = :commune and r.domain = :domain"
                    + " and r.receivedOn >= :since", entity)
                    .setParameter("commune", entity.concernedCommuneId)
                    .setParameter("domain", entity.domain)
                    .setParameter("since", entity.receivedOn.minusDays(SUBJECT_LOOKBACK_DAYS)))
                    .ifPresent(id -> {
                        entity.earlierReceptionId = id;
                        entity.earlierMatch = BY_SUBJECT;
                    });
        }
    }

    private TypedQuery<UUID> scoped(String select, ReceptionEntity entity) {
        Map<String, Object> params = new HashMap<>();
        String jpql = select + " and r.deletedAt is null and r.receivedOn <= :on and r.id <> :self and "
                + directory.withinScopeJpql("r.organizationId", scopes.current(), params, "units")
                + " order by r.receivedOn desc, r.createdAt desc";
        TypedQuery<UUID> query = em.createQuery(jpql, UUID.class)
                .setParameter("on", entity.receivedOn)
                .setParameter("self", entity.id);
        params.forEach(query::setParameter);
        return query;
    }

    private static Optional<UUID> first(TypedQuery<UUID> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
