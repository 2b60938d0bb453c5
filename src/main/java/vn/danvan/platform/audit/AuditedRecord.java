package vn.danvan.platform.audit;

import vn.danvan.api.model.AuditAction;
import vn.danvan.api.model.AuditEntryPage;

import java.util.List;
import java.util.UUID;

/**
 * What a feature declares so that one kind of its records has a history ({@code GET …/{id}/history}, read by
 * {@link RecordHistories}): the audited entity, the record as the caller may read it (the same scope check as the
 * record's own reads: a record the caller may not read answers 404, exactly as one that does not exist), the fields
 * shown and how they are masked for this caller, and what to do once personal data was shown.
 *
 * @param <E> the {@code @Audited} entity
 */
public interface AuditedRecord<E> {

    Class<E> type();

    /**
     * The record as the caller may read it, looked up as its reads look it up; a record the caller may not read is
     * the record's own 404 ({@code ApiException.notFound}).
     */
    E visible(UUID id);

    /**
     * The fields the history shows, by their names in the API, with values as the caller's reads of this record show
     * them (masked where the reads mask).
     */
    AuditedFields<E> fields(E record);

    /** Owned rows audited on their own (a reception's citizens) whose changes are part of the record's history. */
    default List<AuditedPart<?>> parts(E record) {
        return List.of();
    }

    /** The action an entry records; the default tells creations, tombstones and other changes apart. */
    default AuditAction action(AuditHistory.Step<E> step) {
        if (step.deleted()) {
            return AuditAction.DELETED;
        }
        return step.type() == org.hibernate.envers.RevisionType.ADD ? AuditAction.CREATED : AuditAction.UPDATED;
    }

    /**
     * Called with the page about to be returned: a record whose reads log personal data shown in clear logs the read
     * of its history the same way.
     */
    default void shown(E record, AuditEntryPage page) {
    }
}
