package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Units that name this unit as their successor keep it from being deleted. */
@ApplicationScoped
class SuccessorReferences implements OrganizationReferences {

    private final OrganizationRepository repository;

    SuccessorReferences(OrganizationRepository repository) {
        this.repository = repository;
    }

    @Override
    public long count(UUID organizationId) {
        return repository.countSuccessorReferences(organizationId);
    }

    @Override
    public String descriptionKey() {
        return "organization.reference.successor";
    }
}
