package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import vn.danvan.api.model.AdministrativeLevel;
import vn.danvan.api.model.OrganizationCreate;
import vn.danvan.api.model.OrganizationDissolution;
import vn.danvan.api.model.OrganizationType;
import vn.danvan.api.model.OrganizationUpdate;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.FieldViolation;
import vn.danvan.platform.error.MessageRef;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.etag.EntityTags;
import vn.danvan.platform.security.Scope;
import vn.danvan.platform.security.ScopeProvider;
import vn.danvan.platform.time.AppClock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Changes to the organisation tree. Callers hold the transaction. */
@ApplicationScoped
public class OrganizationService {

    static final String ENTITY = "entity.organization";

    private final OrganizationRepository repository;
    private final OrganizationRequestMapper requests;
    private final Instance<OrganizationReferences> references;
    private final AppClock clock;
    private final ScopeProvider scopes;
    private final Event<OrganizationMoved> moved;
    private final UnitValidity validity;

    OrganizationService(OrganizationRepository repository, OrganizationRequestMapper requests,
                        Instance<OrganizationReferences> references, AppClock clock, ScopeProvider scopes,
                        Event<OrganizationMoved> moved, UnitValidity validity) {
        this.validity = validity;
        this.repository = repository;
        this.requests = requests;
        this.references = references;
        this.clock = clock;
        this.scopes = scopes;
        this.moved = moved;
    }

    /** A unit inside the caller's scope, or 404 exactly as for one that does not exist. */
    public OrganizationEntity get(UUID id) {
        return findVisible(id).orElseThrow(() -> ApiException.notFound(ENTITY, id));
    }

    Optional<OrganizationEntity> findVisible(UUID id) {
        Scope scope = scopes.current();
        return repository.findLive(id).filter(o -> scope.contains(o.treePath));
    }

    public OrganizationEntity create(OrganizationCreate request, boolean demo) {
        UUID id = request.getId() == null ? UUID.randomUUID() : request.getId();
        if (repository.findById(id) != null) {
            throw ApiException.idTaken();
        }
        OrganizationEntity parent = resolveParent(request.getType(), request.getParentId(), "parentId");
        List<FieldViolation> violations = new ArrayList<>();
        OrganizationRules.checkCode("officialCode", request.getType(), request.getOfficialCode()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        requireCodeFree(request.getOfficialCode(), null);
        OrganizationEntity entity = new OrganizationEntity();
        entity.id = id;
        requests.create(request, entity);
        entity.parentId = parent == null ? null : parent.id;
        entity.treePath = pathUnder(parent, id);
        entity.level = OrganizationRules.level(entity.type, parent == null ? null : parent.level);
        entity.demo = demo;
        repository.persistAndFlush(entity);
        return entity;
    }

    public OrganizationEntity update(UUID id, String ifMatch, OrganizationUpdate request) {
        OrganizationEntity entity = get(id);
        EntityTags.require(ifMatch, entity.version);
        List<FieldViolation> violations = new ArrayList<>();
        boolean root = OrganizationRules.isRoot(request.getType());
        if (root && entity.parentId != null) {
            violations.add(FieldViolation.of("type", "RootType", "organization.root-has-parent"));
        } else if (!root && entity.parentId == null) {
            violations.add(FieldViolation.of("type", "RootType", "organization.root-type"));
        }
        OrganizationRules.checkCode("officialCode", request.getType(), request.getOfficialCode()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (entity.holdsCode()) {
            requireCodeFree(request.getOfficialCode(), entity.id);
        }
        OrganizationType oldType = entity.type;
        requests.update(request, entity);
        if (oldType != entity.type) {
            relevel(entity);
        }
        repository.flush();
        return entity;
    }

    public void delete(UUID id, String ifMatch) {
        OrganizationEntity entity = get(id);
        EntityTags.require(ifMatch, entity.version);
        long children = repository.countChildren(id);
        if (children > 0) {
            throw new ApiException(ProblemType.HAS_DEPENDENTS, "organization.has-children", children);
        }
        for (OrganizationReferences feature : references) {
            long count = feature.count(id);
            if (count > 0) {
                throw new ApiException(ProblemType.HAS_DEPENDENTS, "organization.has-records",
                        new MessageRef(feature.descriptionKey()));
            }
        }
        entity.deletedAt = clock.now();
        repository.flush();
    }

    public OrganizationEntity move(UUID id, String ifMatch, UUID newParentId) {
        OrganizationEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        if (OrganizationRules.isRoot(entity.type)) {
            throw ApiException.invalid(FieldViolation.of("parentId", "RootType", "organization.root-has-parent"));
        }
        if (entity.validTo != null) {
            throw new ApiException(ProblemType.INVALID_STATE, "organization.move-dissolved");
        }
        OrganizationEntity parent = findVisible(newParentId).orElseThrow(() -> ApiException.invalid(
                FieldViolation.of("parentId", "NotFound", "organization.parent-not-found", newParentId)));
        validity.checkOpenEnded("parentId", parent).ifPresent(dissolved -> {
            throw ApiException.invalid(dissolved);
        });
        if (parent.treePath.startsWith(entity.treePath)) {
            throw new ApiException(ProblemType.TREE_CYCLE, "organization.move-cycle", entity.name);
        }
        if (!parent.id.equals(entity.parentId)) {
            reparent(entity, parent);
        }
        repository.flush();
        return entity;
    }

    /** Moves a unit (with its subtree) under a parent already checked for cycles. */
    void reparent(OrganizationEntity entity, OrganizationEntity parent) {
        String oldPath = entity.treePath;
        String newPath = pathUnder(parent, entity.id);
        List<OrganizationEntity> subtree = repository.subtree(entity);
        entity.parentId = parent.id;
        for (OrganizationEntity unit : subtree) {
            unit.treePath = newPath + unit.treePath.substring(oldPath.length());
        }
        moved.fire(new OrganizationMoved(oldPath, newPath));
        relevel(entity);
    }

    public OrganizationEntity dissolve(UUID id, String ifMatch, OrganizationDissolution request) {
        OrganizationEntity entity = get(id);
        EntityTags.check(ifMatch, entity.version);
        if (entity.validTo != null) {
            throw new ApiException(ProblemType.INVALID_STATE, "organization.already-dissolved", entity.validTo);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (entity.validFrom != null && request.getValidTo().isBefore(entity.validFrom)) {
            violations.add(FieldViolation.of("validTo", "DateOrder", "organization.valid-to-before-from", entity.validFrom));
        }
        UUID successorId = request.getSuccessorId();
        if (successorId != null) {
            if (successorId.equals(id)) {
                violations.add(FieldViolation.of("successorId", "Self", "organization.successor-self"));
            } else {
                OrganizationEntity successor = findVisible(successorId).orElse(null);
                if (successor == null) {
                    violations.add(FieldViolation.of("successorId", "NotFound", "organization.successor-not-found", successorId));
                } else if (successor.validTo != null) {
                    violations.add(FieldViolation.of("successorId", "Dissolved", "organization.successor-dissolved", successor.name));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        long activeChildren = repository.countActiveChildren(id);
        if (activeChildren > 0) {
            throw new ApiException(ProblemType.HAS_DEPENDENTS, "organization.has-active-children", activeChildren);
        }
        requests.dissolve(request, entity);
        repository.flush();
        return entity;
    }

    private OrganizationEntity resolveParent(OrganizationType type, UUID parentId, String field) {
        boolean root = OrganizationRules.isRoot(type);
        if (root && parentId != null) {
            throw ApiException.invalid(FieldViolation.of(field, "RootType", "organization.root-has-parent"));
        }
        if (root && !scopes.current().unrestricted()) {
            // Only system administrators add provinces: anyone else works inside their subtree.
            throw ApiException.invalid(FieldViolation.of(field, "NotNull", "organization.parent-required"));
        }
        if (root) {
            return null;
        }
        if (parentId == null) {
            throw ApiException.invalid(FieldViolation.of(field, "NotNull", "organization.parent-required"));
        }
        OrganizationEntity parent = findVisible(parentId).orElseThrow(() -> ApiException.invalid(
                FieldViolation.of(field, "NotFound", "organization.parent-not-found", parentId)));
        // The same refusal as for any new work of a unit outside its validity (UnitValidity), naming the successor.
        validity.checkOpenEnded(field, parent).ifPresent(dissolved -> {
            throw ApiException.invalid(dissolved);
        });
        return parent;
    }

    void requireCodeFree(String code, UUID self) {
        if (code == null) {
            return;
        }
        repository.findCodeHolder(code)
                .filter(holder -> !holder.id.equals(self))
                .ifPresent(holder -> {
                    throw new ApiException(ProblemType.DUPLICATE_OFFICIAL_CODE, "organization.duplicate-code", code, holder.name);
                });
    }

    static String pathUnder(OrganizationEntity parent, UUID id) {
        return (parent == null ? "" : parent.treePath) + "/" + OrganizationEntity.pathSegment(id);
    }

    /** Recomputes the level of a unit and of the descendants that inherit it. */
    private void relevel(OrganizationEntity top) {
        Map<UUID, AdministrativeLevel> levels = new HashMap<>();
        // Internal: the parent may lie above the caller's scope (an org admin editing their own unit).
        AdministrativeLevel parentLevel = top.parentId == null ? null
                : repository.findLive(top.parentId).map(p -> p.level).orElse(null);
        for (OrganizationEntity unit : repository.subtree(top)) {
            AdministrativeLevel above = unit.id.equals(top.id) ? parentLevel : levels.get(unit.parentId);
            AdministrativeLevel level = OrganizationRules.level(unit.type, above);
            if (unit.level != level) {
                unit.level = level;
            }
            levels.put(unit.id, level);
        }
    }
}
