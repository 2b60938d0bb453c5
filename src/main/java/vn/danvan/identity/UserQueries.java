package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.api.model.Role;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.platform.paging.KeysetPager;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.text.TextSearch;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final OrganizationDirectory organizations;

    UserQueries(UserRepository users, ScopeProvider scopes, OrganizationDirectory organizations) {
        this.users = users;
        this.scopes = scopes;
        this.organizations = organizations;
    }

    Page<UserAccount> list(String q, UUID organizationId, Role role, Boolean active, String sort, PageRequest page) {
        StringBuilder from = new StringBuilder("from UserAccount e where e.deletedAt is null");
        Map<String, Object> params = new HashMap<>();
        Scope scope = scopes.current();
        from.append(" and ").append(organizations.withinScopeJpql("e.organizationId", scope, params, "scope"));
        if (q != null && !q.isBlank()) {
            String escape = " escape '" + TextSearch.ESCAPE + "'";
            from.append(" and (e.username like :q").append(escape).append(" or e.fullName like :q").append(escape)
                    .append(" or e.email like :q").append(escape).append(")");
            params.put("q", TextSearch.containsPattern(q));
        }
        if (organizationId != null) {
            from.append(" and e.organizationId = :organizationId");
            params.put("organizationId", organizationId);
        }
        if (role != null) {
            // roles is a comma-separated column: FIND_IN_SET matches one whole role name.
            from.append(" and function('find_in_set', :role, e.roles) > 0");
            params.put("role", role.toString());
        }
        if (active != null) {
            from.append(" and e.active = :active");
            params.put("active", active);
        }
        String filters = String.join("|", String.valueOf(q), String.valueOf(organizationId), String.valueOf(role),
                String.valueOf(active), String.valueOf(scope.treePath()));
        return KeysetPager.page(users.getEntityManager(), UserAccount.class, from.toString(), params, filters,
                SORTING.parse(sort), page);
    }
}
