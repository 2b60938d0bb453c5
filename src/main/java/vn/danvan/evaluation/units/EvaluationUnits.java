package vn.danvan.evaluation.units;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What evaluations and plans need to know of the organisation tree and of the caller: where a unit stands, its
 * province, whether the caller reads it, acts for it (its own officials) or above it (a unit over it, or a coordinator
 * of its province). System administrators and the server's own work (the demo data) act as every party.
 */
@ApplicationScoped
public class EvaluationUnits {

    private final OrganizationTreeQueries tree;
    private final ScopeProvider scopes;
    private final CurrentCaller caller;

    EvaluationUnits(OrganizationTreeQueries tree, ScopeProvider scopes, CurrentCaller caller) {
        this.tree = tree;
        this.scopes = scopes;
        this.caller = caller;
    }

    /** The live unit's tree path. */
    public Optional<String> path(UUID organizationId) {
        return organizationId == null ? Optional.empty() : tree.treePath(organizationId);
    }

    /** The live unit's tree path when the caller may read it (its scope holds it). */
    public Optional<String> readablePath(UUID organizationId) {
        return path(organizationId).filter(scopes.current()::contains);
    }

    public boolean readable(UUID organizationId) {
        return readablePath(organizationId).isPresent();
    }

    /** The caller acts for the unit itself: an official of that very unit (or a system administrator). */
    public boolean actsAsUnit(UUID organizationId) {
        Scope own = scopes.own();
        // Unrestricted: a system administrator, or the server's own work (the demo data).
        return own.unrestricted() || path(organizationId).map(own.treePath()::equals).orElse(false);
    }

    /** The caller's own unit is the unit or one above it: it may make and change the unit's plan. */
    public boolean actsForOrAbove(UUID organizationId) {
        Optional<String> path = path(organizationId);
        if (path.isEmpty()) {
            return false;
        }
        return scopes.own().contains(path.get()) || isCoordinatorOver(path.get());
    }

    /**
     * The caller acts as the unit's superior: its own unit lies strictly above the unit, or it is a coordinator of the
     * unit's province working in another unit (a coordinator never scores its own unit's superior part).
     */
    public boolean actsAsSuperior(UUID organizationId) {
        Optional<String> path = path(organizationId);
        if (path.isEmpty()) {
            return false;
        }
        Scope own = scopes.own();
        if (own.unrestricted()) {
            return true;
        }
        boolean strictlyAbove = path.get().startsWith(own.treePath()) && !path.get().equals(own.treePath());
        boolean ownUnitOrBelow = own.contains(path.get());
        return strictlyAbove || (!ownUnitOrBelow && isCoordinatorOver(path.get()));
    }

    /** The caller is a coordinator (or administrator) whose province holds the path. */
    public boolean isCoordinatorOver(String path) {
        return scopes.own().unrestricted()
                || (caller.hasRole(Roles.COORDINATOR) && scopes.current().contains(path));
    }

    /** Whether the caller may configure the province (its coordinators, administrators). */
    public boolean configures(UUID provinceId) {
        return path(provinceId).filter(p -> isProvince(p)).map(this::isCoordinatorOver).orElse(false);
    }

    /** The province (root) a live unit belongs to. */
    public Optional<UUID> provinceOf(UUID organizationId) {
        return path(organizationId).map(EvaluationUnits::provinceOfPath);
    }

    /** JPQL condition on {@code attribute} (a unit ID): the unit lies in the caller's scope. */
    public String readableJpql(String attribute, Map<String, Object> params, String param) {
        return tree.withinScopeJpql(attribute, scopes.current(), params, param);
    }

    /** JPQL condition on a province attribute: the caller's province, or any for the unrestricted. */
    public String provinceJpql(String attribute, Map<String, Object> params) {
        Scope scope = scopes.current();
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        if (Scope.NOTHING.equals(scope)) {
            return "1 = 0";
        }
        params.put("callerProvince", provinceOfPath(scope.treePath()));
        return attribute + " = :callerProvince";
    }

    /** Whether the caller reads settings of the province: its scope is in or over it. */
    public boolean readsProvince(UUID provinceId) {
        Scope scope = scopes.current();
        return scope.unrestricted()
                || (!Scope.NOTHING.equals(scope) && provinceOfPath(scope.treePath()).equals(provinceId));
    }

    public Map<UUID, String> names(Collection<UUID> ids) {
        return tree.names(ids);
    }

    public String name(UUID id) {
        return tree.name(id);
    }

    /** Whether {@code inner} is the unit {@code outerPath} or below it. */
    public static boolean atOrBelow(String innerPath, String outerPath) {
        return innerPath.startsWith(outerPath) && (innerPath.length() == outerPath.length()
                || innerPath.charAt(outerPath.length()) == '/');
    }

    public static boolean isProvince(String treePath) {
        return treePath.indexOf('/', 1) < 0;
    }

    public static UUID provinceOfPath(String treePath) {
        int second = treePath.indexOf('/', 1);
        String hex = second < 0 ? treePath.substring(1) : treePath.substring(1, second);
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }
}
