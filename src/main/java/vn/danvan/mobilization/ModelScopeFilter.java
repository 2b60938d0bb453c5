package vn.danvan.mobilization;

import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.platform.security.Scope;

import java.util.Map;

/**
 * The JPQL condition that confines models (alias given) to a scope. A province-wide scope
 * (coordinators, the portal, or a province asked for) is a condition on the stored province, which the
 * indexes lead with; a smaller subtree goes through the organisation directory's sub-query.
 */
final class ModelScopeFilter {

    private ModelScopeFilter() {
    }

    /** @return the condition (starting with " and "), its parameters put into {@code params} */
    static String condition(String alias, Scope scope, Map<String, Object> params) {
        if (scope.unrestricted()) {
            return "";
        }
        if (Scope.NOTHING.equals(scope)) {
            return " and 1 = 0";
        }
        if (OrganizationPlaces.isProvince(scope.treePath())) {
            params.put("scopeProvince", OrganizationPlaces.provinceOf(scope.treePath()));
            return " and " + alias + ".provinceId = :scopeProvince";
        }
        params.put("scopePath", scope.likePattern());
        return " and " + alias + ".organizationId in (" + OrganizationDirectory.subtreeIdsJpql("scopePath") + ")";
    }
}
