package vn.danvan.mobilization.settings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.persistence.SyncedEntity;
import vn.danvan.platform.sync.DeltaCollection;
import vn.danvan.mobilization.scope.OrganizationPlaces;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Settings (windows, criteria) belong to a province: they are visible to callers whose scope reaches
 * the province or lies inside it, and changed by those whose scope covers the province.
 */
@ApplicationScoped
class ProvinceSettingsAccess {

    private final OrganizationPlaces places;
    private final ScopeProvider scopes;

    ProvinceSettingsAccess(OrganizationPlaces places, ScopeProvider scopes) {
        this.places = places;
        this.scopes = scopes;
    }

    /** A province the caller may configure, or the violation of the field naming it. */
    Optional<FieldViolation> checkConfigurable(String field, UUID provinceId) {
        Optional<String> path = places.pathWithin(provinceId, scopes.current());
        if (path.isEmpty()) {
            return Optional.of(FieldViolation.of(field, "NotFound", "mobilization.province-not-found", provinceId));
        }
        if (!OrganizationPlaces.isProvince(path.get())) {
            return Optional.of(FieldViolation.of(field, "NotProvince", "mobilization.not-a-province"));
        }
        return Optional.empty();
    }

    /** Whether settings of this province are visible to the caller (its scope is in or over the province). */
    boolean isVisible(UUID provinceId) {
        Scope scope = scopes.current();
        return scope.unrestricted() || callerProvince().map(provinceId::equals).orElse(false);
    }

    /**
     * A province's settings in the mobile sync: those of the caller's province, whatever units the caller reaches
     * inside it (a commune official needs the province's windows and criteria).
     */
    <E extends SyncedEntity> DeltaCollection<E> syncCollection(String name, Class<E> type) {
        return new DeltaCollection<>(name, type, (units, params, param) -> condition(params));
    }

    /** JPQL condition on alias {@code e} confining settings to the caller's province. */
    String condition(Map<String, Object> params) {
        Scope scope = scopes.current();
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        Optional<UUID> province = callerProvince();
        if (province.isEmpty()) {
            return "1 = 0";
        }
        params.put("callerProvince", province.get());
        return "e.provinceId = :callerProvince";
    }

    private Optional<UUID> callerProvince() {
        Scope scope = scopes.current();
        if (scope.unrestricted() || Scope.NOTHING.equals(scope)) {
            return Optional.empty();
        }
        return Optional.of(OrganizationPlaces.provinceOf(scope.treePath()));
    }
}
