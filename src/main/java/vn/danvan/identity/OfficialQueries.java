package vn.danvan.identity;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.paging.ListQuery;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.paging.SortKey;
import vn.danvan.platform.paging.Sorting;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.sync.DeltaCollection;

import java.util.List;
import java.util.UUID;

/**
 * Danh bạ cán bộ: the active officials of the units within the caller's reach, as every signed-in official may see
 * them (name, position, unit; nothing of the account itself). Machine clients are not officials.
 */
@ApplicationScoped
class OfficialQueries {

    /**
     * JPQL on alias {@code e}: an active official's account of a unit (not a machine client's, nor a system
     * administrator's without a unit).
     */
    private static final String ACTIVE_OFFICIAL = "(e.active = true and e.organizationId is not null"
            + " and function('find_in_set', 'PORTAL_CLIENT', e.roles) = 0)";

    /**
     * The directory in the mobile sync. An account disabled or moved to another unit is answered as a removal through
     * the departures that UserService records.
     */
    static final DeltaCollection<UserAccount> SYNC = new DeltaCollection<>("officials", UserAccount.class,
            (units, params, param) -> "(" + units.condition("e.organizationId", params, param) + " and "
                    + ACTIVE_OFFICIAL + ")").withDepartures();

    private static final Sorting<UserAccount> BY_NAME = new Sorting<>(List.of(
            new SortKey<>("fullName", "e.fullName", String.class, u -> u.fullName)), "e.id", u -> u.id, "fullName");

    private final UserRepository users;
    private final ScopeProvider scopes;
    private final OrganizationTreeQueries organizations;

    OfficialQueries(UserRepository users, ScopeProvider scopes, OrganizationTreeQueries organizations) {
        this.users = users;
        this.scopes = scopes;
        this.organizations = organizations;
    }

    Page<UserAccount> list(String q, UUID organizationId, PageRequest page) {
        Scope scope = scopes.current();
        return ListQuery.of(UserAccount.class)
                .where(params -> organizations.withinScopeJpql("e.organizationId", scope, params, "scope"))
                .where(ACTIVE_OFFICIAL)
                .matches(q, "e.fullName")
                .equal("e.organizationId", organizationId)
                .page(users.getEntityManager(), BY_NAME.parse(null), page);
    }
}
