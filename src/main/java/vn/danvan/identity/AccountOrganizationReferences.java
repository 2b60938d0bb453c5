package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationReferences;

import java.util.UUID;

/** Accounts keep their organisation from being deleted. */
@ApplicationScoped
class AccountOrganizationReferences implements OrganizationReferences {

    private final UserRepository users;

    AccountOrganizationReferences(UserRepository users) {
        this.users = users;
    }

    @Override
    public long count(UUID organizationId) {
        return users.countByOrganization(organizationId);
    }

    @Override
    public String descriptionKey() {
        return "user.reference.organization";
    }
}
