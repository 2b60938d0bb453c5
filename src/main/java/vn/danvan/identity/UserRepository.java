package vn.danvan.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<UserAccount, UUID> {

    public Optional<UserAccount> findLive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return find("username = ?1 and deletedAt is null", username).firstResultOptional();
    }

    public long countLiveSystemAdmins() {
        return count("deletedAt is null and function('find_in_set', 'SYSTEM_ADMIN', roles) > 0");
    }

    public long countByOrganization(UUID organizationId) {
        return count("organizationId = ?1 and deletedAt is null", organizationId);
    }
}
