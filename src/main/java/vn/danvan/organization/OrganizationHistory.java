package vn.danvan.organization;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.envers.RevisionType;
import vn.danvan.api.model.AuditAction;
import vn.danvan.api.model.AuditEntry;
import vn.danvan.api.model.AuditEntryPage;
import vn.danvan.platform.audit.AuditEntries;
import vn.danvan.platform.audit.AuditHistory;
import vn.danvan.platform.audit.AuditedFields;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.paging.PageRequest;
import vn.danvan.platform.security.ScopeProvider;

import java.util.UUID;

/**
 * Lịch sử thay đổi — the change history of a unit, read from the audit trail: what each revision did
 * (created, updated, moved, dissolved, deleted) and which of the API's fields it changed.
 *
 * <p>The history of a deleted unit stays readable, since the audit trail must outlive deletes; only an
 * ID that never named a unit is a 404.
 */
@ApplicationScoped
public class OrganizationHistory {

    /** The fields the history shows, by their names in the API (Organization), in this order. */
    static final AuditedFields<OrganizationEntity> FIELDS = AuditedFields.<OrganizationEntity>builder()
            .field("officialCode", o -> o.officialCode)
            .field("name", o -> o.name)
            .field("shortName", o -> o.shortName)
            .field("type", o -> o.type)
            .field("level", o -> o.level)
            .field("parentId", o -> o.parentId)
            .field("address", o -> o.address)
            .field("phone", o -> o.phone)
            .field("email", o -> o.email)
            .field("mobilizationLead.name", o -> o.leadName)
            .field("mobilizationLead.position", o -> o.leadPosition)
            .field("mobilizationLead.phone", o -> o.leadPhone)
            .field("mobilizationSpecialist.name", o -> o.specialistName)
            .field("mobilizationSpecialist.position", o -> o.specialistPosition)
            .field("mobilizationSpecialist.phone", o -> o.specialistPhone)
            .field("validFrom", o -> o.validFrom)
            .field("validTo", o -> o.validTo)
            .field("successorId", o -> o.successorId)
            // The `note` of the dissolution request; the unit's representation does not show it.
            .field("dissolutionNote", o -> o.dissolutionNote)
            .build();

    private final OrganizationRepository repository;
    private final AuditHistory history;
    private final ScopeProvider scopes;

    OrganizationHistory(OrganizationRepository repository, AuditHistory history, ScopeProvider scopes) {
        this.repository = repository;
        this.history = history;
        this.scopes = scopes;
    }

    public AuditEntryPage page(UUID id, PageRequest request) {
        OrganizationEntity unit = repository.findById(id);
        // Deleted units keep their history; units outside the caller's scope do not exist for them.
        if (unit == null || !scopes.current().contains(unit.treePath)) {
            throw ApiException.notFound(OrganizationService.ENTITY, id);
        }
        return AuditEntries.page(history.page(OrganizationEntity.class, id, request), OrganizationHistory::entry);
    }

    private static AuditEntry entry(AuditHistory.Step<OrganizationEntity> step) {
        return AuditEntries.entry(step.revision(), action(step), FIELDS.changes(step.before(), step.state()));
    }

    /** Dissolution and moves are updates of particular fields: the fields that changed tell them apart. */
    static AuditAction action(AuditHistory.Step<OrganizationEntity> step) {
        OrganizationEntity before = step.before();
        OrganizationEntity after = step.state();
        if (step.deleted()) {
            return AuditAction.DELETED;
        }
        if (step.type() == RevisionType.ADD) {
            return AuditAction.CREATED;
        }
        if (after.validTo != null && (before == null || before.validTo == null)) {
            return AuditAction.DISSOLVED;
        }
        if (FIELDS.changed("parentId", before, after)) {
            return AuditAction.MOVED;
        }
        return AuditAction.UPDATED;
    }
}
