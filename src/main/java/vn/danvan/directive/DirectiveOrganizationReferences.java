package vn.danvan.directive;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationReferences;

import java.util.UUID;

/** A unit that issued, keeps or received directives cannot be deleted (only dissolved). */
@ApplicationScoped
class DirectiveOrganizationReferences implements OrganizationReferences {

    @jakarta.inject.Inject
    EntityManager em;

    @Override
    public long count(UUID organizationId) {
        return em.createQuery("select count(e) from DirectiveEntity e where e.deletedAt is null"
                        + " and (e.issuerOrganizationId = :org or e.ownerOrganizationId = :org"
                        + " or :org member of e.recipientOrganizationIds)", Long.class)
                .setParameter("org", organizationId).getSingleResult();
    }

    @Override
    public String descriptionKey() {
        return "directive.reference.organization";
    }
}
