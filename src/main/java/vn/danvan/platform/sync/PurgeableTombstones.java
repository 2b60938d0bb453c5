package vn.danvan.platform.sync;

import java.time.Instant;

/**
 * A feature's deleted records that nothing needs once the mobile sync no longer does: no report counts them, no other
 * record refers to them, and their history stays in the audit trail. The feature deletes them for good, together with
 * rows that only describe them. Records that reports or the audit trail still name (organisations, accounts, files
 * cited by reports) are not offered here and keep their tombstones.
 */
public interface PurgeableTombstones {

    /** Deletes for good the records tombstoned before {@code cutoff}. Runs in a transaction. @return how many. */
    int purgeDeletedBefore(Instant cutoff);
}
