package vn.danvan.reception.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Optional;
import java.util.UUID;

/** What other features may ask about a case they link to (a dialogue about it): whether it exists, and its unit. */
@ApplicationScoped
public class CaseReferences {

    private final EntityManager em;

    CaseReferences(EntityManager em) {
        this.em = em;
    }

    /** The unit handling the case, when the case exists and is not deleted. */
    public Optional<UUID> organizationOf(UUID caseId) {
        CaseEntity entity = caseId == null ? null : em.find(CaseEntity.class, caseId);
        return entity == null || entity.deletedAt != null ? Optional.empty() : Optional.of(entity.organizationId);
    }
}
