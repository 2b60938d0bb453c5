package vn.danvan.platform.sync;

/**
 * Where a client stands in a collection's change stream. A round of sync starts at {@code base} (the highest change
 * number the client has seen; 0 for the first download) with the scope it had then, and walks three phases: records
 * that left the caller's reach, records that came into it, then every change after {@code base} in change order.
 *
 * @param collection  the collection the token belongs to
 * @param caller      the account the token was issued to
 * @param scope       the caller's scope when the round started ({@code *} for every unit, else the tree path)
 * @param base        the change number the round starts after
 * @param phase       where in the round the next page starts
 * @param cursor      the last ID (removal and join phases) or change number (change phase) already sent
 * @param initial     the first download: tombstones are of no use to a client that holds nothing yet
 * @param issuedAt    epoch seconds when the client last caught up (what the tombstone retention is counted from)
 * @param delta       a delta token (the round is complete; the next call starts a new one), not a page token
 */
record DeltaToken(String collection, String caller, String scope, long base, Phase phase, String cursor,
                  boolean initial, long issuedAt, boolean delta) {

    enum Phase { LEFT, JOINED, CHANGES }

    DeltaToken at(Phase next, String nextCursor) {
        return new DeltaToken(collection, caller, scope, base, next, nextCursor, initial, issuedAt, false);
    }
}
