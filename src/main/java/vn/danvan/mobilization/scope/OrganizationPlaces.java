package vn.danvan.mobilization.scope;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.security.Scope;

import java.util.Optional;
import java.util.UUID;

/**
 * What this feature needs to know about organisations, asked of the organisation feature's directory:
 * whether a unit is in a scope, and which province (root of the tree) it belongs to.
 */
@ApplicationScoped
public class OrganizationPlaces {

    private final OrganizationTreeQueries directory;

    OrganizationPlaces(OrganizationTreeQueries directory) {
        this.directory = directory;
    }

    /** The live unit's tree path when it lies inside the scope. */
    public Optional<String> pathWithin(UUID organizationId, Scope scope) {
        if (organizationId == null) {
            return Optional.empty();
        }
        return directory.treePath(organizationId).filter(scope::contains);
    }

    /** JPQL condition confining a unit ID attribute to the scope's live units (bound to {@code :param}). */
    public String withinScopeJpql(String attribute, Scope scope, java.util.Map<String, Object> params, String param) {
        return directory.withinScopeJpql(attribute, scope, params, param);
    }

    /** Names of units, dissolved ones included (public views name the registering unit). */
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        return directory.names(ids);
    }

    public boolean isWithin(UUID organizationId, Scope scope) {
        return directory.isWithin(organizationId, scope);
    }

    /** The province (root) of a tree path: its first segment. */
    public static UUID provinceOf(String treePath) {
        int second = treePath.indexOf('/', 1);
        return fromHex(second < 0 ? treePath.substring(1) : treePath.substring(1, second));
    }

    /** Whether the path is a root (a province): one segment. */
    public static boolean isProvince(String treePath) {
        return treePath.indexOf('/', 1) < 0;
    }

    public static UUID fromHex(String hex) {
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }
}
