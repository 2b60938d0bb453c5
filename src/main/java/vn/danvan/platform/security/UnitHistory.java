package vn.danvan.platform.security;

/**
 * The units a scope reaches, now and as the tree stood at an earlier change number: what the mobile sync needs to
 * tell a client which records left its reach (its unit moved, its role changed) and which came into it. The
 * organisation feature answers it; the platform only asks.
 */
public interface UnitHistory {

    /** The live units inside the scope now ({@link Units#EVERY} when unrestricted). */
    Units now(Scope scope);

    /** The units that were inside the scope when {@code changeNumber} was the latest change (later moves undone). */
    Units at(Scope scope, long changeNumber);

    /** Whether any unit moved in the tree after {@code changeNumber}. */
    boolean movedSince(long changeNumber);
}
