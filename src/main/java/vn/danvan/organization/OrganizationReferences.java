package vn.danvan.organization;

import java.util.UUID;

/**
 * Implemented by every feature whose records point at organisations, so that a unit still in use
 * cannot be deleted (it must be dissolved instead). Features register a CDI bean; this feature never
 * needs to know them.
 */
public interface OrganizationReferences {

    /** How many live records of this feature point at the unit. */
    long count(UUID organizationId);

    /** Message key naming those records, e.g. "tasks led by the unit". */
    String descriptionKey();
}
