package vn.danvan.platform.sync;

import java.util.List;

/**
 * One page of a sync: records created or changed (whole) and records to drop. Exactly one token is set: the next
 * page's, or, on the last page, the delta token to send next time for what changed since.
 */
public record DeltaPage<E>(List<E> changed, List<Removal> removed, String nextPageToken, String deltaToken) {
}
