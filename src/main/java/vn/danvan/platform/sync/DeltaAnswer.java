package vn.danvan.platform.sync;

import vn.danvan.api.model.SyncRemoval;

import java.util.List;

/**
 * Builds a collection's delta answer of the contract from its parts. (The generated models cannot share an interface:
 * their setters carry Bean Validation cascades, which an implemented method may not declare.)
 *
 * @param <T> the collection's record as the contract shows it
 * @param <D> the collection's delta model
 */
@FunctionalInterface
public interface DeltaAnswer<T, D> {

    D of(List<T> changed, List<SyncRemoval> removed, String nextPageToken, String deltaToken);
}
