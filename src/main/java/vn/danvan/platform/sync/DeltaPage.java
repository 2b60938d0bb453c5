package vn.danvan.platform.sync;

import vn.danvan.platform.security.Units;

import java.util.List;
import java.util.UUID;

/**
 * One page of a sync as keys: the IDs of the records created or changed (in change order, shown whole by the
 * collection's feature), the records to drop, and the units the caller reaches now, which the records shown must
 * still belong to. Exactly one token is set: the next page's, or, on the last page, the delta token to send next
 * time for what changed since.
 */
public record DeltaPage(List<UUID> changedIds, List<Removal> removed, Units reach, String nextPageToken,
                        String deltaToken) {
}
