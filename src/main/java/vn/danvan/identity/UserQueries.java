package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.GrantedRole;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The list of accounts, confined to the caller's scope. */
@ApplicationScoped
class UserQueries {

    private static final Sorting<UserAccount> SORTING = new Sorting<>(List.of(
            new SortKey<>("username", "e.username", String.class, u -> u.username),
            new SortKey<>("fullName", "e.fullName", String.class, u -> u.fullName),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, u -> u.createdAt),
            new SortKey<>("updatedAt", "e.updatedAt", Instant.class, u -> u.updatedAt)),
            "e.id", u -> u.id, "username");

    private final UserRepository users;
    private final ScopeProvider scopes;
    private final OrganizationTreeQueries organizations;

    UserQueries(UserRepository users, ScopeProvider scopes, OrganizationTreeQueries organizations) {
        this.users = users;
        this.scopes = scopes;
        this.organizations = organizations;
    }

    Page<UserAccount> list(String q, UUID organizationId, GrantedRole role, Boolean active, String sort, PageRequest page) {
        Scope scope = scopes.current();
        return ListQuery.of(UserAccount.class)
                .where(params -> organizations.withinScopeJpql("e.organizationId", scope, params, "scope"))
                .matches(q, "e.username", "e.fullName", "e.email")
                .equal("e.organizationId", organizationId)
                // roles is a comma-separated column: FIND_IN_SET matches one whole role name.
                .where("function('find_in_set', :value, e.roles) > 0", role == null ? null : role.toString())
                .equal("e.active", active)
                .page(users.getEntityManager(), SORTING.parse(sort), page);
    }
}
