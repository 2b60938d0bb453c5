package vn.danvan.platform.audit;

import vn.danvan.api.model.AuditAction;
import vn.danvan.api.model.AuditChange;
import vn.danvan.api.model.AuditEntry;
import vn.danvan.api.model.AuditEntryPage;
import vn.danvan.platform.paging.Page;

import java.util.List;
import java.util.function.Function;

/** Builds the contract's history entries (AuditEntry) from revisions, for every audited resource. */
public final class AuditEntries {

    private AuditEntries() {
    }

    public static AuditEntry entry(AuditRevision revision, AuditAction action, List<AuditChange> changes) {
        return AuditEntryMapper.INSTANCE.entry(revision, action, changes);
    }

    public static <T> AuditEntryPage page(Page<AuditHistory.Step<T>> page, Function<AuditHistory.Step<T>, AuditEntry> entry) {
        return new AuditEntryPage().items(page.items().stream().map(entry).toList()).nextPageToken(page.nextPageToken());
    }
}
