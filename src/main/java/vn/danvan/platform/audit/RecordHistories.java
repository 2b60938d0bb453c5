package vn.danvan.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.danvan.api.model.AuditChange;
import vn.danvan.api.model.AuditEntryPage;
import vn.danvan.platform.paging.Page;
import vn.danvan.platform.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Lịch sử thay đổi — the history of any audited record, the one way every {@code GET …/{id}/history} answers: the
 * record is looked up as its reads look it up (404 outside the caller's scope), its audit trail is read a page at a
 * time, newest first, and each revision becomes an entry with who, when, through which client, and the fields that
 * changed with their old and new values, masked as the record's reads mask them.
 */
@ApplicationScoped
public class RecordHistories {

    private final AuditHistory history;

    RecordHistories(AuditHistory history) {
        this.history = history;
    }

    /** One transaction: the scope check, the trail and the log of personal data shown read one state. */
    @Transactional
    public <E> AuditEntryPage page(AuditedRecord<E> declaration, UUID id, PageRequest request) {
        E record = declaration.visible(id);
        AuditedFields<E> fields = declaration.fields(record);
        List<AuditedPart<?>> parts = declaration.parts(record);
        Page<AuditHistory.Step<E>> steps = parts.isEmpty()
                ? history.page(declaration.type(), id, request)
                : history.page(declaration.type(), id, parts, request);
        AuditEntryPage page = AuditEntries.page(steps, step -> {
            List<AuditChange> changes = new ArrayList<>(fields.changes(step.before(), step.state()));
            for (AuditedPart<?> part : parts) {
                changes.addAll(partChanges(part, step));
            }
            return AuditEntries.entry(step.revision(), declaration.action(step), changes);
        });
        declaration.shown(record, page);
        return page;
    }

    private static <P> List<AuditChange> partChanges(AuditedPart<P> part, AuditHistory.Step<?> step) {
        return part.fields().changes(step.previousParts(part), step.parts(part), part.prefix());
    }
}
