package vn.danvan.task;

import jakarta.persistence.EntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and act on a task. Seeing: the assigning, lead or a coordinating unit is in the caller's
 * scope. Acting for the lead (acknowledge, report, delegate, ask for more time) or for a coordinating
 * unit: that unit is the caller's own unit or below it. Acting for the assigner (accept, return,
 * cancel, decide extensions, change): the same, and coordinators act for any assigning unit in their
 * province (they monitor and urge on its behalf).
 */
@ApplicationScoped
class TaskAccess {

    private final EntityManager em;
    private final ScopeProvider scopes;
    private final OrganizationTreeQueries organizations;
    private final CurrentCaller caller;

    TaskAccess(EntityManager em, ScopeProvider scopes, OrganizationTreeQueries organizations, CurrentCaller caller) {
        this.em = em;
        this.scopes = scopes;
        this.organizations = organizations;
        this.caller = caller;
    }

    /** JPQL condition: {@code e} is visible to the caller. */
    String visibleCondition(Map<String, Object> params) {
        Scope scope = scopes.current();
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        // One index range of the party paths (see V32): the database drives from it for a small scope and
        // probes it per task for a large one.
        params.put("scopePath", scope.likePattern());
        return "e.id in (select p.taskId from TaskPartyRow p where p.path like :scopePath)";
    }

    /**
     * JPQL condition: the lead unit of {@code e} lies in the caller's scope — what the per-lead-unit
     * summary counts (a unit's scope holds the leads of every task it assigns).
     */
    String leadInScopeCondition(Map<String, Object> params) {
        Scope scope = scopes.current();
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        return organizations.withinScopeJpql("e.leadOrganizationId", scope, params, "scopeUnits");
    }

    TaskEntity visible(UUID id) {
        TaskEntity task = em.find(TaskEntity.class, id);
        if (task == null || task.isDeleted() || !isVisible(task)) {
            throw ApiException.notFound("entity.task", id);
        }
        return task;
    }

    boolean isVisible(TaskEntity task) {
        Scope scope = scopes.current();
        return scope.unrestricted() || organizations.isWithin(task.assigningOrganizationId, scope)
                || organizations.isWithin(task.leadOrganizationId, scope)
                || task.coordinatingOrganizationIds.stream().anyMatch(o -> organizations.isWithin(o, scope));
    }

    boolean actsForLead(TaskEntity task) {
        return organizations.isWithin(task.leadOrganizationId, scopes.own());
    }

    boolean actsForAssigner(TaskEntity task) {
        return mayAssignFor(task.assigningOrganizationId);
    }

    /** 403 unless the caller acts for {@code party} of the task. */
    void require(TaskParty party, TaskEntity task) {
        switch (party) {
            case LEAD -> requireLead(task);
            case ASSIGNER -> requireAssigner(task);
            case COORDINATOR -> {
                if (coordinatingUnitOf(task).isEmpty()) {
                    throw new ApiException(ProblemType.FORBIDDEN, "task.not-lead-or-coordinator");
                }
            }
        }
    }

    void requireLead(TaskEntity task) {
        if (!actsForLead(task)) {
            throw new ApiException(ProblemType.FORBIDDEN, "task.not-lead");
        }
    }

    void requireAssigner(TaskEntity task) {
        if (!actsForAssigner(task)) {
            throw new ApiException(ProblemType.FORBIDDEN, "task.not-assigner");
        }
    }

    boolean mayAssignFor(UUID organizationId) {
        return organizations.isWithin(organizationId, scopes.own())
                || (caller.hasRole(Roles.COORDINATOR) && organizations.isWithin(organizationId, scopes.current()));
    }

    /** The coordinating unit the caller acts for, if any. */
    Optional<UUID> coordinatingUnitOf(TaskEntity task) {
        Scope own = scopes.own();
        return task.coordinatingOrganizationIds.stream().filter(o -> organizations.isWithin(o, own)).findFirst();
    }

    boolean inScope(UUID organizationId) {
        return organizations.isWithin(organizationId, scopes.current());
    }

    /** A live unit at this tree path lies in the caller's scope (for a unit already looked up). */
    boolean inScopePath(String treePath) {
        return scopes.current().contains(treePath);
    }

    Optional<UUID> callerAccount() {
        return caller.accountId();
    }

    Optional<UUID> callerOrganization() {
        return caller.organizationReference().flatMap(organizations::idOf);
    }

    /** {@code unit} is {@code ancestor} or lies below it (both live units). */
    boolean isAtOrBelow(UUID unit, UUID ancestor) {
        return organizations.treePath(ancestor).map(Scope::subtree)
                .filter(subtree -> organizations.isWithin(unit, subtree)).isPresent();
    }
}
