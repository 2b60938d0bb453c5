package vn.danvan.mobilization.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.platform.persistence.JpqlLists;
import vn.danvan.platform.statistics.PublishedOrganizations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The units with at least one published (showcased) model. */
@ApplicationScoped
public class PublishedModelOrganizations implements PublishedOrganizations {

    private final EntityManager em;

    PublishedModelOrganizations(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<UUID> withPublishedModels(List<UUID> unitIds) {
        Map<String, Object> params = new HashMap<>();
        var query = em.createQuery("select distinct e.organizationId from MobilizationModelEntity e"
                + " where e.deletedAt is null and e.publishedAt is not null and "
                + JpqlLists.in("e.organizationId", unitIds, params, "units"), UUID.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
