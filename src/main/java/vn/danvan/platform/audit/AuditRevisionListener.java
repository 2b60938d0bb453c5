package vn.danvan.platform.audit;

import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;

/**
 * Fills each new revision from the current request. Envers creates this listener itself, outside CDI,
 * so it looks the request-aware bean up in the container.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Arc.container().instance(AuditContext.class).get().describe((AuditRevision) revisionEntity);
    }
}
