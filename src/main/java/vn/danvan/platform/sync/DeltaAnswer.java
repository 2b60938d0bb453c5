package vn.danvan.platform.sync;

import vn.danvan.api.model.SyncRemoval;

import java.util.List;

/**
 * What every collection's delta answer of the contract has (the generated models implement it: {@code x-implements}
 * on the …Delta schemas), so that one method fills them all.
 *
 * @param <T> the collection's record as the contract shows it
 */
public interface DeltaAnswer<T> {

    void setChanged(List<T> changed);

    void setRemoved(List<SyncRemoval> removed);

    void setNextPageToken(String nextPageToken);

    void setDeltaToken(String deltaToken);
}
