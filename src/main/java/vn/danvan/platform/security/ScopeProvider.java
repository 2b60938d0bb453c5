package vn.danvan.platform.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The one place that decides the caller's scope, used by every query, list, count, export and
 * statistic: system administrators reach everything; coordinators and the portal reach their
 * province (the root of their organisation); everyone else reaches their organisation's subtree;
 * an anonymous request reaches nothing. Work that is not an HTTP request (start-up data, scheduled
 * jobs) acts for the system and reaches everything.
 */
@ApplicationScoped
public class ScopeProvider {

    private static final String CACHE_KEY = ScopeProvider.class.getName();

    private final CurrentCaller caller;
    private final OrganizationPaths paths;
    private final CurrentVertxRequest request;

    public ScopeProvider(CurrentCaller caller, OrganizationPaths paths, CurrentVertxRequest request) {
        this.caller = caller;
        this.paths = paths;
        this.request = request;
    }

    public Scope current() {
        var http = currentHttpRequest();
        if (http == null) {
            return Scope.EVERYTHING;
        }
        Scope cached = http.get(CACHE_KEY);
        if (cached == null) {
            cached = resolve();
            http.put(CACHE_KEY, cached);
        }
        return cached;
    }

    /**
     * The caller's own unit and its subtree, whatever the role's reach: the units the caller acts
     * for (reports, acknowledges), as opposed to the wider scope a coordinator may read and assign in.
     */
    public Scope own() {
        var http = currentHttpRequest();
        if (http == null || caller.hasRole(Roles.SYSTEM_ADMIN)) {
            return Scope.EVERYTHING;
        }
        return caller.organizationReference().flatMap(paths::treePath).map(Scope::subtree).orElse(Scope.NOTHING);
    }

    private io.vertx.ext.web.RoutingContext currentHttpRequest() {
        try {
            return request.getCurrent();
        } catch (RuntimeException noRequestContext) {
            return null;
        }
    }

    private Scope resolve() {
        if (caller.hasRole(Roles.SYSTEM_ADMIN)) {
            return Scope.EVERYTHING;
        }
        Optional<String> path = caller.organizationReference().flatMap(paths::treePath);
        if (path.isEmpty()) {
            return Scope.NOTHING;
        }
        boolean provinceWide = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.PORTAL_CLIENT);
        return Scope.subtree(provinceWide ? root(path.get()) : path.get());
    }

    /** "/province/unit/child" → "/province". */
    private static String root(String treePath) {
        int second = treePath.indexOf('/', 1);
        return second < 0 ? treePath : treePath.substring(0, second);
    }
}
