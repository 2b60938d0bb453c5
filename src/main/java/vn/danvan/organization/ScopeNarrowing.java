package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.Scope;

import java.util.Optional;
import java.util.UUID;

/**
 * Narrows the caller's scope to a unit asked for in a query parameter ({@code ?organizationId=…}): the unit must be
 * live and lie inside the scope, or the answer is a 400 naming the parameter (with the feature's own message). The one
 * place where lists and statistics do this.
 */
@ApplicationScoped
public class ScopeNarrowing {

    private final OrganizationTreeQueries directory;

    ScopeNarrowing(OrganizationTreeQueries directory) {
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
}
