package vn.danvan.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.danvan.organization.OrganizationReferences;

import java.util.UUID;

/** A unit whose reception book, cases or schedule hold records cannot be deleted (only dissolved). */
@ApplicationScoped
class ReceptionOrganizationReferences implements OrganizationReferences {

    private final EntityManager em;

    ReceptionOrganizationReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public long count(UUID organizationId) {
        return em.createQuery("select count(r) from ReceptionEntity r where r.deletedAt is null and"
                        + " (r.organizationId = :org or r.concernedCommuneId = :org)", Long.class)
                .setParameter("org", organizationId).getSingleResult()
                + em.createQuery("select count(c) from CaseEntity c where c.deletedAt is null and c.organizationId = :org", Long.class)
                .setParameter("org", organizationId).getSingleResult()
                + em.createQuery("select count(s) from ScheduleEntity s where s.deletedAt is null and s.organizationId = :org", Long.class)
                .setParameter("org", organizationId).getSingleResult();
    }

    @Override
    public String descriptionKey() {
        return "reception.references";
    }
}
