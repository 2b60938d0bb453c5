package vn.danvan.engagement.recommendation;

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
 * Who sees a recommendation. A Front officer (FRONT_OFFICER) sees only those their own organisation issued, with the
 * answers, nothing else. Officials see those issued at the level of a unit in their scope, or with an item sent to a
 * unit in their scope; they answer only the items sent to units in their own reach.
 */
@ApplicationScoped
class RecommendationAccess {

    private final CurrentCaller caller;
    private final ScopeProvider scopes;
    private final OrganizationTreeQueries directory;

    RecommendationAccess(CurrentCaller caller, ScopeProvider scopes, OrganizationTreeQueries directory) {
        this.caller = caller;
        this.scopes = scopes;
        this.directory = directory;
    }

    boolean frontOfficer() {
        return caller.hasRole(Roles.FRONT_OFFICER) && !caller.hasRole(Roles.SYSTEM_ADMIN)
                && !caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.OFFICER) && !caller.hasRole(Roles.ORG_ADMIN)
                && !caller.hasRole(Roles.VIEWER);
    }

    /** The caller's own organisation. */
    Optional<UUID> ownOrganization() {
        return caller.organizationReference().flatMap(directory::idOf);
    }

    boolean mayRead(FrontRecommendationEntity entity, Collection<UUID> itemUnits) {
        if (frontOfficer()) {
            return ownOrganization().filter(entity.issuingOrganizationId::equals).isPresent();
        }
        Scope scope = scopes.current();
        return directory.isWithin(entity.levelOrganizationId, scope)
                || itemUnits.stream().anyMatch(unit -> directory.isWithin(unit, scope));
    }

    /** Answers come from the responsible unit: an official of it or of a unit above it, or a coordinator. */
    boolean mayAnswer(UUID responsibleOrganizationId) {
        if (frontOfficer()) {
            return false;
        }
        return directory.isWithin(responsibleOrganizationId, scopes.own())
                || (caller.hasRole(Roles.COORDINATOR) && directory.isWithin(responsibleOrganizationId, scopes.current()));
    }

    /** The JPQL condition of the list: what {@link #mayRead} allows. */
    String listCondition(Map<String, Object> params) {
        if (frontOfficer()) {
            params.put("own", ownOrganization().orElse(new UUID(0, 0)));
            return "e.issuingOrganizationId = :own";
        }
        Scope scope = scopes.current();
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        String level = directory.withinScopeJpql("e.levelOrganizationId", scope, params, "levelUnits");
        String item = directory.withinScopeJpql("i.responsibleOrganizationId", scope, params, "itemUnits");
        return "(" + level + " or exists (select 1 from RecommendationItemEntity i where i.recommendationId = e.id and "
                + item + "))";
    }
}
