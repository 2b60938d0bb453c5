package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.Scope;

import java.util.Optional;
import java.util.UUID;

/**
 * Narrows the caller's scope to a unit asked for in a query parameter ({@code ?organizationId=…}): the unit must be
 * live and lie inside the scope. The one place where lists and statistics do this; each endpoint keeps the answer its
 * contract documents for a unit outside the scope — a 400 naming the parameter, or a 404 as for a unit that does
 * not exist.
 */
@ApplicationScoped
public class ScopeNarrowing {

    private final OrganizationDirectory directory;

    ScopeNarrowing(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** The scope narrowed to the unit's subtree; the scope itself without a unit; empty when the unit lies outside. */
    public Optional<Scope> within(Scope scope, UUID organizationId) {
        if (organizationId == null) {
            return Optional.of(scope);
        }
        return directory.treePath(organizationId).filter(scope::contains).map(Scope::subtree);
    }

    /** As {@link #within}, answering 400 with {@code errors[].field = parameter} and the given message when outside. */
    public Scope narrow(Scope scope, UUID organizationId, String parameter, String messageKey) {
        return within(scope, organizationId).orElseThrow(() ->
                ApiException.invalid(FieldViolation.of(parameter, "NotFound", messageKey, organizationId)));
    }

    /** As {@link #within}, answering 404 (as for a unit that does not exist) when outside. */
    public Scope narrowOrNotFound(Scope scope, UUID organizationId) {
        return within(scope, organizationId).orElseThrow(() -> ApiException.notFound("entity.organization", organizationId));
    }
}
