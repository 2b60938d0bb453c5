package vn.danvan.mobilization.scope;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.security.Scope;

import java.util.UUID;

/** The models' answer to a unit outside the caller's scope (a 400), through the shared narrowing. */
@ApplicationScoped
public class ModelScopeNarrowing {

    private final vn.danvan.organization.ScopeNarrowing narrowing;

    ModelScopeNarrowing(vn.danvan.organization.ScopeNarrowing narrowing) {
        this.narrowing = narrowing;
    }

    public Scope narrow(Scope scope, UUID organizationId, String parameter) {
        return narrowing.narrow(scope, organizationId, parameter, "mobilization.organization-not-found");
    }
}
