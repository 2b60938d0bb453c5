package vn.danvan.mobilization.scope;

import vn.danvan.platform.security.Scope;

import java.util.Map;

/**
 * The JPQL condition that confines models (alias given) to a scope. A province-wide scope
 * (coordinators, the portal, or a province asked for) is a condition on the stored province, which the
 * indexes lead with; a smaller subtree binds its units' IDs (through the organisation directory).
 */
public final class ModelScopeFilter {

    private ModelScopeFilter() {
    }

    /** @return the condition (starting with " and "), its parameters put into {@code params} */
    public static String condition(String alias, Scope scope, Map<String, Object> params, OrganizationPlaces places) {
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        if (Scope.NOTHING.equals(scope)) {
            return "1 = 0";
        }
        if (OrganizationPlaces.isProvince(scope.treePath())) {
            params.put("scopeProvince", OrganizationPlaces.provinceOf(scope.treePath()));
            return alias + ".provinceId = :scopeProvince";
        }
        return places.withinScopeJpql(alias + ".organizationId", scope, params, "scopeUnits");
    }
}
