package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.mobilization.model.ModelRepository;
import vn.danvan.mobilization.settings.AppraisalCriteria;
import vn.danvan.mobilization.settings.RegistrationReopenings;
import vn.danvan.mobilization.settings.RegistrationWindows;
import vn.danvan.organization.OrganizationReferences;

import java.util.UUID;

/** An organisation that registered or hosts models, or holds the movement's settings, cannot be deleted (it is dissolved instead). */
@ApplicationScoped
class ModelOrganizationReferences implements OrganizationReferences {

    private final ModelRepository repository;
    private final RegistrationWindows windows;
    private final AppraisalCriteria criteria;

    private final RegistrationReopenings reopenings;

    ModelOrganizationReferences(ModelRepository repository, RegistrationWindows windows, AppraisalCriteria criteria,
                                RegistrationReopenings reopenings) {
        this.reopenings = reopenings;
        this.repository = repository;
        this.windows = windows;
        this.criteria = criteria;
    }

    @Override
    public long count(UUID organizationId) {
        return repository.countByOrganization(organizationId)
                + windows.count("provinceId = ?1 and deletedAt is null", organizationId)
                + criteria.count("provinceId = ?1 and deletedAt is null", organizationId)
                + reopenings.count("organizationId = ?1 and deletedAt is null", organizationId);
    }

    @Override
    public String descriptionKey() {
        return "mobilization.reference.organization";
    }
}
