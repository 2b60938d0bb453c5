package vn.danvan.mobilization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.Scope;

import java.util.UUID;

/** Narrows the caller's scope to a unit asked for in a query parameter, which must lie inside it. */
@ApplicationScoped
class ScopeNarrowing {

    private final OrganizationPlaces places;

    ScopeNarrowing(OrganizationPlaces places) {
        this.places = places;
    }

    Scope narrow(Scope scope, UUID organizationId, String parameter) {
        if (organizationId == null) {
            return scope;
        }
        return places.pathWithin(organizationId, scope).map(Scope::subtree)
                .orElseThrow(() -> ApiException.invalid(FieldViolation.of(parameter, "NotFound",
                        "mobilization.organization-not-found", organizationId)));
    }
}
