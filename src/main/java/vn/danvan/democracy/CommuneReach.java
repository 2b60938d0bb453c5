package vn.danvan.democracy;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.organization.ScopeNarrowing;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;

import java.util.Map;
import java.util.UUID;

/**
 * Which communes the caller may read and change: those of its scope (an official of one commune reaches that commune
 * only; a coordinator the province). A record outside it answers 404, as one that does not exist.
 */
@ApplicationScoped
class CommuneReach {

    private final OrganizationTreeQueries tree;
    private final ScopeProvider scopes;
    private final ScopeNarrowing narrowing;

    CommuneReach(OrganizationTreeQueries tree, ScopeProvider scopes, ScopeNarrowing narrowing) {
        this.tree = tree;
        this.scopes = scopes;
        this.narrowing = narrowing;
    }

    boolean reaches(UUID organizationId) {
        return tree.isWithin(organizationId, scopes.current());
    }

    /** A new record's unit: in reach, else 400 naming the field (the unit is not found for this caller). */
    void requireForNew(UUID organizationId) {
        if (!reaches(organizationId)) {
            throw ApiException.invalid(FieldViolation.of("organizationId", "NotFound", "grassroots.organization-not-found",
                    organizationId));
        }
    }

    /** The caller's scope, narrowed to a unit's subtree when a filter names one (400 when it is out of reach). */
    Scope narrowed(UUID organizationId) {
        return narrowing.narrow(scopes.current(), organizationId, "organizationId", "grassroots.organization-not-found");
    }

    /** A JPQL condition keeping {@code attribute} within the scope. */
    String within(String attribute, Scope scope, Map<String, Object> params, String param) {
        return tree.withinScopeJpql(attribute, scope, params, param);
    }

    /** Public lists: no scope, but a unit filter means its subtree. */
    String subtreeOf(String attribute, UUID organizationId, Map<String, Object> params, String param) {
        if (organizationId == null) {
            return "1 = 1";
        }
        return tree.treePath(organizationId).map(path -> tree.withinScopeJpql(attribute, Scope.subtree(path), params, param))
                .orElse("1 = 0");
    }

    Map<UUID, String> names(java.util.Collection<UUID> ids) {
        return tree.names(ids);
    }
}
