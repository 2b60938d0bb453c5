package vn.danvan.identity;

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

import java.util.UUID;
import java.util.stream.Collectors;

/** The change history of an account, for the administrators who may see the account. */
@ApplicationScoped
class UserHistory {

    static final AuditedFields<UserAccount> FIELDS = AuditedFields.<UserAccount>builder()
            .field("username", u -> u.username)
            .field("fullName", u -> u.fullName)
            .field("position", u -> u.position)
            .field("organizationId", u -> u.organizationId)
            .field("phone", u -> u.phone)
            .field("email", u -> u.email)
            .field("roles", u -> u.roles == null ? null
                    : u.roles.stream().map(Object::toString).sorted().collect(Collectors.joining(",")))
            .field("active", u -> u.active)
            .field("passwordChangedAt", u -> u.passwordChangedAt)
            .build();

    private final UserRepository users;
    private final UserService service;
    private final AuditHistory history;

    UserHistory(UserRepository users, UserService service, AuditHistory history) {
        this.users = users;
        this.service = service;
        this.history = history;
    }

    AuditEntryPage page(UUID id, PageRequest request) {
        UserAccount account = users.findById(id);
        // Deleted accounts keep their history; accounts outside the caller's scope do not exist for them.
        if (account == null || !service.visible(account)) {
            throw ApiException.notFound(UserService.ENTITY, id);
        }
        return AuditEntries.page(history.page(UserAccount.class, id, request), UserHistory::entry);
    }

    private static AuditEntry entry(AuditHistory.Step<UserAccount> step) {
        AuditAction action = step.deleted() ? AuditAction.DELETED
                : step.type() == RevisionType.ADD ? AuditAction.CREATED : AuditAction.UPDATED;
        return AuditEntries.entry(step.revision(), action, FIELDS.changes(step.before(), step.state()));
    }
}
