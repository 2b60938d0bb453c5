package vn.danvan.task;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationReferences;

import java.util.UUID;

/** A unit that assigns, leads or coordinates tasks cannot be deleted (only dissolved). */
@ApplicationScoped
class TaskOrganizationReferences implements OrganizationReferences {

    @jakarta.inject.Inject
    EntityManager em;

    @Override
    public long count(UUID organizationId) {
        return em.createQuery("select count(e) from TaskEntity e where e.deletedAt is null"
                        + " and (e.assigningOrganizationId = :org or e.leadOrganizationId = :org"
                        + " or :org member of e.coordinatingOrganizationIds)", Long.class)
                .setParameter("org", organizationId).getSingleResult();
    }

    @Override
    public String descriptionKey() {
        return "task.reference.organization";
    }
}
