package vn.danvan.engagement.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.danvan.organization.OrganizationTreeQueries;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.security.CurrentCaller;
import vn.danvan.platform.security.Roles;
import vn.danvan.platform.security.ScopeProvider;

import java.util.UUID;

/**
 * Who reaches a session: it is read by everyone whose scope holds the organising unit (404 for others, as if it did
 * not exist), and changed by the officials of the organising unit or a unit above it, or a coordinator of the province
 * (403 for others who can read it).
 */
@ApplicationScoped
class DialogueAccess {

    static final String ENTITY = "entity.dialogue";
    static final String ITEM = "entity.dialogue-item";

    private final EntityManager em;
    private final OrganizationTreeQueries directory;
    private final ScopeProvider scopes;
    private final CurrentCaller caller;

    DialogueAccess(EntityManager em, OrganizationTreeQueries directory, ScopeProvider scopes, CurrentCaller caller) {
        this.em = em;
        this.directory = directory;
        this.scopes = scopes;
        this.caller = caller;
    }

    DialogueEntity readable(UUID id) {
        DialogueEntity entity = em.find(DialogueEntity.class, id);
        if (entity == null || entity.deletedAt != null || !directory.isWithin(entity.organizationId, scopes.current())) {
            throw ApiException.notFound(ENTITY, id);
        }
        return entity;
    }

    /**
     * The session for a change: its version is raised at once (an UPDATE on the version read, which also holds the row
     * until commit) by every change to it or to one of its opinions, so that of two changes made at once (two
     * closures, two answers, an answer racing the closure) the second finds the version moved, fails, and is answered
     * 409 concurrent-modification, changing nothing. (PESSIMISTIC_WRITE would be "select … for update of", which is
     * not MariaDB syntax; OPTIMISTIC_FORCE_INCREMENT raises the version again at commit, after the answer's ETag.)
     */
    DialogueEntity writable(UUID id) {
        DialogueEntity entity = readable(id);
        requireActor(entity.organizationId);
        em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return entity;
    }

    void requireActor(UUID organizationId) {
        if (!mayAct(organizationId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "dialogue.not-organiser");
        }
    }

    boolean mayAct(UUID organizationId) {
        return directory.isWithin(organizationId, scopes.own())
                || (caller.hasRole(Roles.COORDINATOR) && directory.isWithin(organizationId, scopes.current()));
    }

    DialogueItemEntity item(UUID itemId) {
        DialogueItemEntity item = em.find(DialogueItemEntity.class, itemId);
        if (item == null || item.deletedAt != null) {
            throw ApiException.notFound(ITEM, itemId);
        }
        DialogueEntity dialogue = em.find(DialogueEntity.class, item.dialogueId);
        if (dialogue == null || !directory.isWithin(dialogue.organizationId, scopes.current())) {
            throw ApiException.notFound(ITEM, itemId);
        }
        return item;
    }
}
