package vn.danvan.mobilization.model;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds models the caller may reach: those registered by a unit inside the caller's scope. Any other
 * model answers 404 exactly as a missing one.
 */
@ApplicationScoped
public class ModelAccess {

    public static final String ENTITY = "entity.mobilization-model";

    private final ModelRepository repository;
    private final OrganizationPlaces places;
    private final ScopeProvider scopes;

    ModelAccess(ModelRepository repository, OrganizationPlaces places, ScopeProvider scopes) {
        this.repository = repository;
        this.places = places;
        this.scopes = scopes;
    }

    public MobilizationModelEntity get(UUID id) {
        return findVisible(id).orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    public Optional<MobilizationModelEntity> findVisible(UUID id) {
        return repository.findLive(id).filter(this::isVisible);
    }

    public boolean isVisible(MobilizationModelEntity model) {
        Scope scope = scopes.current();
        if (scope.unrestricted()) {
            return true;
        }
        return places.isWithin(model.organizationId, scope);
    }

    /** Visible to the caller, or published on the showcase (which anyone may see). */
    public boolean isVisibleOrPublished(MobilizationModelEntity model) {
        return model.isPublished() || isVisible(model);
    }
}
